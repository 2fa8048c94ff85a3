//! Rows on standard output, in the format a store command was asked for.
//!
//! In: rows (any `Serialize` type), an [`OutputFormat`] and the columns a
//! table or CSV shows, each a header and a function from row to cell. Out:
//! an aligned table (long cells cut to one line), pretty JSON, JSON Lines
//! or CSV on stdout. With no `--format`, a terminal gets the table and a
//! pipe gets JSON.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
    Csv,
}

pub fn chosen_format(format: Option<OutputFormat>) -> OutputFormat {
    format.unwrap_or(if std::io::stdout().is_terminal() { OutputFormat::Table } else { OutputFormat::Json })
}

/// A table or CSV column: its header and how to read its cell from a row.
pub type Column<T> = (&'static str, fn(&T) -> String);

/// Prints rows in `format`; `columns` picks and names the table columns.
pub fn print_rows<T: Serialize>(rows: &[T], format: OutputFormat, columns: &[Column<T>]) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, rows)?;
            writeln!(out)?;
        }
        OutputFormat::Jsonl => {
            for row in rows {
                serde_json::to_writer(&mut out, row)?;
                writeln!(out)?;
            }
        }
        OutputFormat::Csv => {
            let header: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
            writeln!(out, "{}", header.join(","))?;
            for row in rows {
                let cells: Vec<String> = columns.iter().map(|(_, cell)| csv_cell(&cell(row))).collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        OutputFormat::Table => {
            let cells: Vec<Vec<String>> =
                rows.iter().map(|row| columns.iter().map(|(_, cell)| one_line(&cell(row), 80)).collect()).collect();
            let mut widths: Vec<usize> = columns.iter().map(|(name, _)| name.chars().count()).collect();
            for row in &cells {
                for (width, cell) in widths.iter_mut().zip(row) {
                    *width = (*width).max(cell.chars().count());
                }
            }
            let line = |values: Vec<&str>| -> String {
                values
                    .iter()
                    .zip(&widths)
                    .map(|(value, width)| format!("{value:<width$}"))
                    .collect::<Vec<_>>()
                    .join("  ")
                    .trim_end()
                    .to_string()
            };
            writeln!(out, "{}", line(columns.iter().map(|(name, _)| *name).collect()))?;
            for row in &cells {
                writeln!(out, "{}", line(row.iter().map(String::as_str).collect()))?;
            }
        }
    }
    Ok(())
}

fn csv_cell(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// Collapses whitespace and cuts long text for a terminal table.
fn one_line(value: &str, maximum: usize) -> String {
    let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= maximum {
        collapsed
    } else {
        let mut cut: String = collapsed.chars().take(maximum - 1).collect();
        cut.push('…');
        cut
    }
}

pub fn optional(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_only_when_they_must_be() {
        for (value, cell) in [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
        ] {
            assert_eq!(csv_cell(value), cell);
        }
    }

    #[test]
    fn table_cells_are_one_line_and_cut() {
        for (value, maximum, cell) in [("a  b\n c", 80, "a b c"), ("abcdef", 4, "abc…"), ("abcd", 4, "abcd")] {
            assert_eq!(one_line(value, maximum), cell);
        }
    }
}
