//! Many rows per `INSERT` statement.
//!
//! In: an `INSERT ... INTO table (columns)` head and the values of any
//! number of rows, row after row. Out: the rows in the table, in order.
//! SQLite pays a fixed price per statement run (opening a cursor on the
//! table and on each of its indexes, resetting, binding): a document's
//! entity links written one statement each cost a fifth more than written
//! together. Rows go in chunks of 16, 8, 4, 2 and 1, so five cached
//! statements per table cover any count.
//!
//! Only for tables whose insert calls no SQL function (a generated column
//! or a default expression would), and with `INSERT OR FAIL`: otherwise
//! SQLite keeps a statement journal for every many-row statement, in a
//! temporary file, which costs far more than it saves (the `quotes` table,
//! with its generated `date_key`, stays one row per statement). A failing
//! row leaves the rows before it in place: callers run inside a transaction
//! that an error rolls back whole.

use rusqlite::{Connection, ToSql};

/// The largest number of rows one statement takes.
const MAX_ROWS_PER_STATEMENT: usize = 16;

/// Runs `insert_into` (`INSERT OR FAIL INTO table (columns)`) for
/// `values.len() / columns` rows, each giving its `columns` values in order.
/// Values that do not fill whole rows are an error, not a partial insert.
pub(crate) fn insert_rows(
    connection: &Connection,
    insert_into: &str,
    columns: usize,
    values: &[&dyn ToSql],
) -> Result<(), rusqlite::Error> {
    if columns == 0 || !values.len().is_multiple_of(columns) {
        let whole_rows = values.len().next_multiple_of(columns.max(1));
        return Err(rusqlite::Error::InvalidParameterCount(values.len(), whole_rows));
    }
    let mut rest = values;
    while !rest.is_empty() {
        let rows = rest.len() / columns;
        let chunk = MAX_ROWS_PER_STATEMENT.min(1 << rows.ilog2());
        let (now, later) = rest.split_at(chunk * columns);
        let sql = statement_sql(insert_into, columns, chunk);
        connection.prepare_cached(&sql)?.execute(now)?;
        rest = later;
    }
    Ok(())
}

fn statement_sql(insert_into: &str, columns: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{insert_into} VALUES {}", vec![row.as_str(); rows].join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inserts `0..count` as (n, "row n") and reads the table back.
    fn check(count: i64) {
        let connection = Connection::open_in_memory().unwrap();
        connection.execute_batch("CREATE TABLE numbers (n INTEGER NOT NULL, label TEXT NOT NULL)").unwrap();
        let labels: Vec<String> = (0..count).map(|n| format!("row {n}")).collect();
        let numbers: Vec<i64> = (0..count).collect();
        let mut values: Vec<&dyn ToSql> = Vec::new();
        for (number, label) in numbers.iter().zip(&labels) {
            values.push(number);
            values.push(label);
        }
        insert_rows(&connection, "INSERT OR FAIL INTO numbers (n, label)", 2, &values).unwrap();
        let mut statement = connection.prepare("SELECT n, label FROM numbers ORDER BY rowid").unwrap();
        let stored: Vec<(i64, String)> =
            statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap().map(Result::unwrap).collect();
        let expected: Vec<(i64, String)> = numbers.into_iter().zip(labels).collect();
        assert_eq!(stored, expected, "{count} rows");
    }

    #[test]
    fn every_count_is_stored_whole_and_in_order() {
        for count in [0, 1, 2, 3, 15, 16, 17, 31, 32, 37, 100] {
            check(count);
        }
    }

    #[test]
    fn statements_have_one_placeholder_per_value() {
        assert_eq!(statement_sql("INSERT INTO t (a, b)", 2, 2), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
    }

    #[test]
    fn values_that_do_not_fill_whole_rows_are_an_error() {
        let connection = Connection::open_in_memory().unwrap();
        connection.execute_batch("CREATE TABLE pairs (a INTEGER, b INTEGER)").unwrap();
        let values: [&dyn ToSql; 3] = [&1, &2, &3];
        assert!(insert_rows(&connection, "INSERT OR FAIL INTO pairs (a, b)", 2, &values).is_err());
        assert!(insert_rows(&connection, "INSERT OR FAIL INTO pairs (a, b)", 0, &values).is_err());
        let stored: i64 = connection.query_row("SELECT count(*) FROM pairs", [], |row| row.get(0)).unwrap();
        assert_eq!(stored, 0);
    }

    #[test]
    fn a_failing_row_is_an_error() {
        let connection = Connection::open_in_memory().unwrap();
        connection.execute_batch("CREATE TABLE numbers (n INTEGER NOT NULL)").unwrap();
        let no_number: Option<i64> = None;
        let values: [&dyn ToSql; 2] = [&1, &no_number];
        assert!(insert_rows(&connection, "INSERT OR FAIL INTO numbers (n)", 1, &values).is_err());
    }
}
