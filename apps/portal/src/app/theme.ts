import {
  CloseButton,
  TableScrollContainer,
  createTheme,
  darken,
  luminance,
  type CloseButtonProps,
  type CSSVariablesResolver,
} from '@mantine/core';

/** WCAG 2.1 AA for normal text, with a little room for anti-aliasing. */
export const MIN_TEXT_CONTRAST = 4.6;

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** The colour itself when it reads on `background`, else the same hue darkened until it does. */
export function readableOn(color: string, background: string): string {
  let candidate = color;
  for (let step = 1; contrastRatio(candidate, background) < MIN_TEXT_CONTRAST && step <= 20; step++)
    candidate = darken(color, step * 0.05);
  return candidate;
}

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  components: {
    CloseButton: CloseButton.extend({
      // Icon-only close buttons (notifications, modals) need a name for screen readers; button
      // attributes are not in the component's own prop types.
      defaultProps: { 'aria-label': 'Close' } as Partial<CloseButtonProps>,
    }),
    // A table wider than the screen scrolls in its own box, which the keyboard must reach too.
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

/**
 * Mantine's default palette puts white text on shade 6 and coloured text on white, which for
 * most hues is under AA contrast (green 2.4:1, orange 2.6:1, red 3.3:1). Every colour's filled,
 * text and outline variants are darkened just enough to read on the palest gray surface (so on
 * white too), and light variants' text (badges, the active navigation link) on their tint when
 * hovered; secondary ("dimmed") text uses gray 7.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  const light: Record<string, string> = {};
  const surface = current.colors.gray[1];
  for (const [name, shades] of Object.entries(current.colors)) {
    const filled = readableOn(shades[6], surface);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-text`] = filled;
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-light-color`] = readableOn(shades[9], shades[2]);
  }
  const primary = current.primaryColor;
  light['--mantine-color-error'] = `var(--mantine-color-red-filled)`;
  light['--mantine-color-anchor'] = `var(--mantine-color-${primary}-filled)`;
  light['--mantine-color-dimmed'] = 'var(--mantine-color-gray-7)';
  return { variables: {}, light, dark: {} };
};
