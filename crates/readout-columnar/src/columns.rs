//! Column accumulators for the nested columns: spans (optionally with a
//! time value), lists of spans and lists of strings. Values are pushed row
//! by row; `finish` hands out the Arrow array and starts over empty.

use crate::schema::{list_item, span_fields, time_fields};
use arrow_array::builder::StringBuilder;
use arrow_array::{ArrayRef, Int64Array, ListArray, StructArray};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::DataType;
use readout_record::{Span, TimeExpression};
use std::sync::Arc;

/// A struct column of spans, `{start, end, text}`, or of time expressions
/// when built `with_values` (`{start, end, text, value}`); rows may be null.
#[derive(Default)]
pub(crate) struct SpanColumn {
    start: Vec<i64>,
    end: Vec<i64>,
    text: StringBuilder,
    values: Option<StringBuilder>,
    /// With `values`: each time's TimeML type.
    types: Option<StringBuilder>,
    valid: Vec<bool>,
}

impl SpanColumn {
    pub(crate) fn with_values() -> Self {
        SpanColumn { values: Some(StringBuilder::new()), types: Some(StringBuilder::new()), ..SpanColumn::default() }
    }

    pub(crate) fn push(&mut self, span: Option<&Span>) {
        match span {
            Some(span) => self.push_parts(span.start, span.end, &span.text, true),
            None => self.push_parts(0, 0, "", false),
        }
    }

    pub(crate) fn push_time(&mut self, time: &TimeExpression) {
        self.push_parts(time.start, time.end, &time.text, true);
        if let Some(values) = &mut self.values {
            values.append_value(&time.value);
        }
        if let Some(types) = &mut self.types {
            types.append_option(time.kind.map(|kind| kind.as_str()));
        }
    }

    fn push_parts(&mut self, start: usize, end: usize, text: &str, valid: bool) {
        self.start.push(start as i64);
        self.end.push(end as i64);
        self.text.append_value(text);
        self.valid.push(valid);
    }

    pub(crate) fn finish(&mut self) -> StructArray {
        let mut arrays: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::from(std::mem::take(&mut self.start))),
            Arc::new(Int64Array::from(std::mem::take(&mut self.end))),
            Arc::new(self.text.finish()),
        ];
        let fields = match &mut self.values {
            Some(values) => {
                arrays.push(Arc::new(values.finish()));
                if let Some(types) = &mut self.types {
                    arrays.push(Arc::new(types.finish()));
                }
                time_fields()
            }
            None => span_fields(),
        };
        let valid = std::mem::take(&mut self.valid);
        let nulls = (!valid.iter().all(|v| *v)).then(|| NullBuffer::from(valid));
        StructArray::new(fields, arrays, nulls)
    }

    pub(crate) fn data_type(&self) -> DataType {
        DataType::Struct(if self.values.is_some() { time_fields() } else { span_fields() })
    }
}

/// A list column: one list per row, its items in an inner column.
pub(crate) struct ListColumn<T> {
    items: T,
    lengths: Vec<usize>,
}

impl<T: Default> Default for ListColumn<T> {
    fn default() -> Self {
        ListColumn { items: T::default(), lengths: Vec::new() }
    }
}

impl<T> ListColumn<T> {
    pub(crate) fn new(items: T) -> Self {
        ListColumn { items, lengths: Vec::new() }
    }

    fn list(&mut self, data_type: DataType, values: ArrayRef) -> ListArray {
        let offsets = OffsetBuffer::<i32>::from_lengths(std::mem::take(&mut self.lengths));
        ListArray::new(list_item(data_type), offsets, values, None)
    }
}

impl ListColumn<SpanColumn> {
    pub(crate) fn push_spans(&mut self, spans: &[Span]) {
        spans.iter().for_each(|span| self.items.push(Some(span)));
        self.lengths.push(spans.len());
    }

    pub(crate) fn push_times(&mut self, times: &[TimeExpression]) {
        times.iter().for_each(|time| self.items.push_time(time));
        self.lengths.push(times.len());
    }

    pub(crate) fn finish(&mut self) -> ListArray {
        let data_type = self.items.data_type();
        let values = Arc::new(self.items.finish());
        self.list(data_type, values)
    }
}

impl ListColumn<StringBuilder> {
    pub(crate) fn push_strings(&mut self, strings: &[String]) {
        strings.iter().for_each(|s| self.items.append_value(s));
        self.lengths.push(strings.len());
    }

    pub(crate) fn finish(&mut self) -> ListArray {
        let values = Arc::new(self.items.finish());
        self.list(DataType::Utf8, values)
    }
}
