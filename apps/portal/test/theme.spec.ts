import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { contrastRatio, cssVariablesResolver, theme } from '../src/app/theme';

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const light = cssVariablesResolver(resolved).light;
const WCAG_AA = 4.5;

describe("the portal's colours", () => {
  it.each(Object.keys(resolved.colors))(
    '%s: filled, text and outline read on white and pale gray, light variants on their hovered tint (WCAG AA)',
    (name) => {
      for (const variant of ['filled', 'text', 'outline'])
        for (const background of ['#ffffff', resolved.colors.gray[1]])
          expect(
            contrastRatio(light[`--mantine-color-${name}-${variant}`] ?? '', background),
          ).toBeGreaterThanOrEqual(WCAG_AA);
      expect(
        contrastRatio(
          light[`--mantine-color-${name}-light-color`] ?? '',
          resolved.colors[name]?.[2] ?? '',
        ),
      ).toBeGreaterThanOrEqual(WCAG_AA);
    },
  );

  it('keeps colours that already read as they are', () => {
    // Gray 7 is dark enough already: the dimmed text uses it untouched.
    expect(light['--mantine-color-dimmed']).toBe('var(--mantine-color-gray-7)');
    expect(light['--mantine-color-dark-filled']).toBe(resolved.colors.dark[6]);
  });
});
