import {
  Box,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import type { ReactNode } from 'react';

export interface RecordColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Counts align right in the table, to be compared down the column. */
  numeric?: boolean;
  /** Buttons acting on the record: on a phone they go under the card's details, at full width, unlabelled. */
  actions?: boolean;
}

interface RecordTableProps<Row> {
  /** The list's accessible name (the table's, or the cards' list on a phone). */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column names the record: a card's title on a phone. */
  columns: readonly [RecordColumn<Row>, ...RecordColumn<Row>[]];
}

/**
 * Records as a table on a wide screen and as one card per record on a phone, each card its record's title then
 * every other column as "header: value". A table of five columns at 390 px hid its last ones behind a sideways
 * scroll (the people of an agency: roles, status and the buttons to change them).
 */
export function RecordTable<Row>({ label, rows, rowKey, columns }: RecordTableProps<Row>) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const [title, ...details] = columns;
  if (phone)
    return (
      <Stack component="ul" aria-label={label} spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.map((row) => (
          <Paper component="li" variant="outlined" key={rowKey(row)} sx={{ p: 1.5 }}>
            <Typography component="div" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
              {title.cell(row)}
            </Typography>
            <Box
              component="dl"
              sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5 }}
            >
              {details
                .filter((column) => !column.actions)
                .map((column) => (
                  <Box key={column.header} sx={{ display: 'contents' }}>
                    <Typography component="dt" variant="body2" color="text.secondary">
                      {column.header}
                    </Typography>
                    <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                      {column.cell(row)}
                    </Typography>
                  </Box>
                ))}
            </Box>
            {details
              .filter((column) => column.actions)
              .map((column) => (
                <Box key={column.header} sx={{ mt: 1 }}>
                  {column.cell(row)}
                </Box>
              ))}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.header} align={column.numeric ? 'right' : undefined}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((column, index) =>
                index === 0 ? (
                  <TableCell key={column.header} component="th" scope="row">
                    {column.cell(row)}
                  </TableCell>
                ) : (
                  <TableCell key={column.header} align={column.numeric ? 'right' : undefined}>
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
