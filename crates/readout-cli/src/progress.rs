//! The progress bar of `readout extract`: each record written (and the
//! bytes of its text) in, one line on standard error out — records, MB of
//! text, records per second — redrawn a few times a second. Only when
//! standard error is a terminal: piped or redirected, it draws nothing.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

static BAR: OnceLock<ProgressBar> = OnceLock::new();
static BYTES: AtomicU64 = AtomicU64::new(0);

/// Show the bar if standard error is a terminal; otherwise do nothing.
pub fn start() {
    if !std::io::stderr().is_terminal() {
        return;
    }
    let style = ProgressStyle::with_template("{spinner} {elapsed_precise} {human_pos} records, {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4)).with_style(style);
    BAR.set(bar).ok();
}

/// Count one record written whose text is `bytes` long (0 for an error).
pub fn record(bytes: usize) {
    let Some(bar) = BAR.get() else { return };
    let total = BYTES.fetch_add(bytes as u64, Ordering::Relaxed) + bytes as u64;
    bar.inc(1);
    let seconds = bar.elapsed().as_secs_f64().max(1e-3);
    bar.set_message(format!("{:.1} MB, {:.0} records/s", total as f64 / 1e6, bar.position() as f64 / seconds));
}

/// Leave the bar's last state on screen.
pub fn finish() {
    if let Some(bar) = BAR.get() {
        bar.finish();
    }
}
