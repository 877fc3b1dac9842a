import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * The plot itself, hidden from screen readers and out of the tab order (the chart library makes
 * its surface focusable): they read the figure's table instead.
 */
export function ChartPlot({ children }: { children: ReactNode }) {
  return (
    <div aria-hidden inert>
      {children}
    </div>
  );
}

/**
 * A chart with its title, a one-line summary, and the same figures as a table for screen readers.
 * Wrap the plot in <ChartPlot>; empty, loading and error states stay readable.
 */
export function ChartFigure({
  title,
  summary,
  columns,
  rows,
  controls,
  children,
}: {
  title: string;
  summary?: ReactNode;
  columns: string[];
  rows: (string | number)[][];
  /** Inputs that change what the chart shows (kept outside the part hidden from screen readers). */
  controls?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={id}>
          {title}
        </Title>
        {summary ? (
          <Text size="sm" c="dimmed">
            {summary}
          </Text>
        ) : null}
        {controls}
        {children}
        <VisuallyHidden>
          <Table>
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) => (
                    <Table.Td key={j}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
