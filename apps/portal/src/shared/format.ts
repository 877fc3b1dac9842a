const count = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Seoul',
});
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Seoul' });

export const formatCount = (value: number) => count.format(value);
export const formatPercent = (value: number) => percent.format(value);
/** Date and time in Korea time, where the program runs. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));
/** Codes such as SME_MEMBER or membership.invited as words: "SME member", "Membership invited". */
export function humanize(code: string): string {
  const upper = new Set(['sme', 'smes', 'ai', 'npu', 'gpu', 'pim', 'ksic']);
  return code
    .toLowerCase()
    .split(/[._]/)
    .filter(Boolean)
    .map((word, i) =>
      upper.has(word)
        ? word.toUpperCase()
        : i === 0
          ? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`
          : word,
    )
    .join(' ');
}
