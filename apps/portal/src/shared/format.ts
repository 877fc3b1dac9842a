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
/** Upper-case codes such as SME_MEMBER as words: "SME member". */
export const humanize = (code: string) =>
  code
    .toLowerCase()
    .split('_')
    .map((word, i) =>
      ['sme', 'ai', 'npu', 'gpu', 'pim'].includes(word)
        ? word.toUpperCase()
        : i === 0
          ? word[0]?.toUpperCase() + word.slice(1)
          : word,
    )
    .join(' ');
