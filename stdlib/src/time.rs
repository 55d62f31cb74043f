//! perl's `localtime`/`gmtime` (list and scalar forms, with the argument checks and
//! `too large`/`too small` warnings of `pp_gmtime`) and `POSIX::strftime` (perl's
//! `my_strftime`: fields normalised by `mini_mktime`, then the C library's `strftime`).
//! Local time honours `TZ` through the C library (`tzset` + `localtime_r`), like perl.

use std::ffi::CString;

/// A broken-down time, fields as perl returns them (`year` is years since 1900).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tm {
    pub sec: i64,
    pub min: i64,
    pub hour: i64,
    pub mday: i64,
    pub mon: i64,
    pub year: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
}

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Tm {
    /// The nine-element list `(sec, min, hour, mday, mon, year, wday, yday, isdst)`; perl
    /// pushes `year` as an NV, the others as IVs (all print as integers).
    pub fn to_list(&self) -> [i64; 9] {
        [
            self.sec, self.min, self.hour, self.mday, self.mon, self.year, self.wday, self.yday,
            self.isdst,
        ]
    }

    /// The scalar form, e.g. `Thu Sep  9 01:46:40 2001`.
    pub fn to_scalar(&self) -> String {
        format!(
            "{} {} {:2} {:02}:{:02}:{:02} {}",
            DAY_NAMES[self.wday.rem_euclid(7) as usize],
            MON_NAMES[self.mon.rem_euclid(12) as usize],
            self.mday,
            self.hour,
            self.min,
            self.sec,
            self.year + 1900
        )
    }
}

/// Which of the two builtins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    Local,
    Gm,
}

/// The outcome of `localtime`/`gmtime`: the time (None gives `()` / `undef`) and the
/// `overflow`-category warnings perl emits.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeResult {
    pub tm: Option<Tm>,
    pub warnings: Vec<String>,
}

const TIME_LOWER_BOUND: f64 = -67768100567755200.0;
const TIME_UPPER_BOUND: f64 = 67767976233316800.0;

fn show(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 { "Inf" } else { "-Inf" }.into()
    } else {
        format!("{x:.0}")
    }
}

/// `localtime(EXPR)` / `gmtime(EXPR)`; `when = None` means the current time.
pub fn perl_time(kind: TimeKind, when: Option<f64>) -> TimeResult {
    let name = match kind {
        TimeKind::Local => "localtime",
        TimeKind::Gm => "gmtime",
    };
    let mut warnings = Vec::new();
    let t: f64 = match when {
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as f64)
            .unwrap_or(0.0),
        Some(x) => {
            // perl's Time64_T is an NV: only NaN is rejected here, the bounds do the rest.
            let input = x.floor();
            if input.is_nan() {
                warnings.push(format!("{name}({}) too large", show(input)));
                warnings.push(format!("{name}({}) failed", show(input)));
                return TimeResult { tm: None, warnings };
            }
            input
        }
    };
    if t < TIME_LOWER_BOUND {
        warnings.push(format!("{name}({}) too small", show(t)));
        warnings.push(format!("{name}({}) failed", show(t)));
        return TimeResult { tm: None, warnings };
    }
    if t > TIME_UPPER_BOUND {
        warnings.push(format!("{name}({}) too large", show(t)));
        warnings.push(format!("{name}({}) failed", show(t)));
        return TimeResult { tm: None, warnings };
    }
    let secs = t as i64;
    let tm = match kind {
        TimeKind::Gm => Some(gmtime(secs)),
        TimeKind::Local => localtime64(secs),
    };
    if tm.is_none() {
        warnings.push(format!("{name}({}) failed", show(t)));
    }
    TimeResult { tm, warnings }
}

/// Days since 1970-01-01 to (year, month 1..=12, day).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z.rem_euclid(146097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    y.rem_euclid(4) == 0 && (y.rem_euclid(100) != 0 || y.rem_euclid(400) == 0)
}

/// UTC broken-down time (perl computes this itself, for the whole 64-bit range).
pub fn gmtime(t: i64) -> Tm {
    let days = t.div_euclid(86400);
    let rem = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = CUM[(m - 1) as usize] + d - 1 + i64::from(m > 2 && is_leap(y));
    Tm {
        sec: rem % 60,
        min: (rem / 60) % 60,
        hour: rem / 3600,
        mday: d,
        mon: m - 1,
        year: y - 1900,
        wday: (days + 4).rem_euclid(7),
        yday,
        isdst: 0,
    }
}

/// The earliest time perl hands to the C library's `localtime` (`sLOCALTIME_min`, year 0).
const SYSTEM_LOCALTIME_MIN: i64 = -62167219200;

/// perl's `localtime64_r`: the C library for ordinary times; before year 0 the date is
/// mapped to a calendar-equivalent "safe" year (2010..=2037), converted, and mapped back.
pub fn localtime64(t: i64) -> Option<Tm> {
    if t >= SYSTEM_LOCALTIME_MIN {
        return localtime(t);
    }
    let mut gm = gmtime(t);
    let orig_year = gm.year;
    if gm.year > 2037 - 1900 || gm.year < 1970 - 1900 {
        gm.year = safe_year(gm.year + 1900) - 1900;
    }
    let mut lt = localtime(timegm64(&gm))?;
    lt.year = orig_year;
    let month_diff = lt.mon - gm.mon;
    if month_diff == 11 {
        lt.year -= 1;
    }
    if month_diff == -11 {
        lt.year += 1;
    }
    if !is_leap(lt.year + 1900) && lt.yday == 365 {
        lt.yday -= 1;
    }
    Some(lt)
}

fn is_exception_century(year: i64) -> bool {
    year % 100 == 0 && year % 400 != 0
}

/// time64.c's `safe_year`: a year in 2010..=2037 with the same calendar as `year`.
fn safe_year(year: i64) -> i64 {
    const SAFE_YEARS: [i64; 28] = [
        2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
        2031, 2032, 2033, 2034, 2035, 2036, 2037, 2010, 2011, 2012, 2013, 2014, 2015,
    ];
    let mut year_diff = year - 2000;
    if year > 2000 {
        year_diff -= 1;
    }
    let offset = (year_diff / 100 - year_diff / 400) * 16;
    let mut cycle = year + offset;
    if is_exception_century(year) {
        cycle += 11;
    }
    if is_exception_century(year - 1) {
        cycle += 17;
    }
    cycle %= 28;
    if cycle < 0 {
        cycle += 28;
    }
    SAFE_YEARS[cycle as usize]
}

/// time64.c's `timegm64` for the (safe-year) broken-down UTC time.
fn timegm64(tm: &Tm) -> i64 {
    const CUM: [[i64; 12]; 2] = [
        [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
        [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
    ];
    let leap = |y: i64| is_leap(y + 1900);
    let mut days: i64 = 0;
    if tm.year > 70 {
        for y in 70..tm.year {
            days += if leap(y) { 366 } else { 365 };
        }
    } else if tm.year < 70 {
        let mut y = 69;
        loop {
            days -= if leap(y) { 366 } else { 365 };
            y -= 1;
            if y < tm.year {
                break;
            }
        }
    }
    days += CUM[usize::from(leap(tm.year))][tm.mon.clamp(0, 11) as usize];
    days += tm.mday - 1;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// Local broken-down time through the C library (TZ re-read first, as perl does).
pub fn localtime(t: i64) -> Option<Tm> {
    let tt: libc::time_t = t as libc::time_t;
    // SAFETY: `tm` is plain data that localtime_r fills in; tzset only reads the environment.
    unsafe {
        tzset();
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut tm).is_null() {
            return None;
        }
        Some(from_libc(&tm))
    }
}

extern "C" {
    fn tzset();
}

fn from_libc(tm: &libc::tm) -> Tm {
    Tm {
        sec: tm.tm_sec as i64,
        min: tm.tm_min as i64,
        hour: tm.tm_hour as i64,
        mday: tm.tm_mday as i64,
        mon: tm.tm_mon as i64,
        year: tm.tm_year as i64,
        wday: tm.tm_wday as i64,
        yday: tm.tm_yday as i64,
        isdst: tm.tm_isdst as i64,
    }
}

/// perl's `mini_mktime`: normalises the date/time fields and recomputes `yday`/`wday`
/// without time zones (a `sec` of 0..=60 is kept as given, for leap seconds).
pub fn mini_mktime(tm: &mut Tm) {
    const DAYS_PER_YEAR: i64 = 365;
    const DAYS_PER_QYEAR: i64 = 4 * DAYS_PER_YEAR + 1;
    const DAYS_PER_CENT: i64 = 25 * DAYS_PER_QYEAR - 1;
    const DAYS_PER_QCENT: i64 = 4 * DAYS_PER_CENT + 1;
    const SECS_PER_HOUR: i64 = 3600;
    const SECS_PER_DAY: i64 = 86400;
    const YEAR_ADJUST: i64 = 4 * 153 / 5 + 1;
    const WEEKDAY_BIAS: i64 = 6;
    let mut year = 1900 + tm.year;
    let mut month = tm.mon;
    let mday = tm.mday;
    if month >= 2 {
        month += 2;
    } else {
        month += 14;
        year -= 1;
    }
    let mut yearday = DAYS_PER_YEAR * year + year / 4 - year / 100 + year / 400;
    yearday += month * 153 / 5 + mday;
    let mut secs: i64;
    if (0..=60).contains(&tm.sec) {
        secs = 0;
    } else {
        secs = tm.sec;
        tm.sec = 0;
    }
    secs += 60 * tm.min;
    secs += SECS_PER_HOUR * tm.hour;
    if secs < 0 {
        if secs - (secs / SECS_PER_DAY * SECS_PER_DAY) < 0 {
            yearday += (secs / SECS_PER_DAY) - 1;
            secs -= SECS_PER_DAY * (secs / SECS_PER_DAY - 1);
        } else {
            yearday += secs / SECS_PER_DAY;
            secs -= SECS_PER_DAY * (secs / SECS_PER_DAY);
        }
    } else if secs >= SECS_PER_DAY {
        yearday += secs / SECS_PER_DAY;
        secs %= SECS_PER_DAY;
    }
    tm.hour = secs / SECS_PER_HOUR;
    secs %= SECS_PER_HOUR;
    tm.min = secs / 60;
    secs %= 60;
    tm.sec += secs;
    let jday = yearday;
    yearday -= YEAR_ADJUST;
    year = (yearday / DAYS_PER_QCENT) * 400;
    yearday %= DAYS_PER_QCENT;
    let odd_cent = yearday / DAYS_PER_CENT;
    year += odd_cent * 100;
    yearday %= DAYS_PER_CENT;
    year += (yearday / DAYS_PER_QYEAR) * 4;
    yearday %= DAYS_PER_QYEAR;
    let odd_year = yearday / DAYS_PER_YEAR;
    year += odd_year;
    yearday %= DAYS_PER_YEAR;
    if yearday == 0 && (odd_cent == 4 || odd_year == 4) {
        month = 1;
        yearday = 29;
    } else {
        yearday += YEAR_ADJUST;
        month = yearday * 5 / 153;
        yearday -= month * 153 / 5;
        if month > 13 {
            month -= 14;
            year += 1;
        } else {
            month -= 2;
        }
    }
    tm.year = year - 1900;
    if yearday != 0 {
        tm.mday = yearday;
        tm.mon = month;
    } else {
        tm.mday = 31;
        tm.mon = month - 1;
    }
    year -= 1;
    let mut yd = year * DAYS_PER_YEAR + year / 4 - year / 100 + year / 400;
    yd += 14 * 153 / 5 + 1;
    tm.yday = jday - yd;
    tm.wday = (jday + WEEKDAY_BIAS) % 7;
}

/// `POSIX::strftime(fmt, sec, min, hour, mday, mon, year, wday, yday, isdst)` (perl's
/// `my_strftime`). `fields` are in that order; pass -1 for the optional wday/yday/isdst.
/// Returns the formatted bytes (empty when the C library produced nothing).
pub fn strftime(fmt: &[u8], fields: [i64; 9]) -> Vec<u8> {
    // The XS arguments are C ints.
    let fields = fields.map(|v| v as i32 as i64);
    let Ok(cfmt) = CString::new(
        fmt.iter()
            .copied()
            .take_while(|&b| b != 0)
            .collect::<Vec<u8>>(),
    ) else {
        return Vec::new();
    };
    let mut t = Tm {
        sec: fields[0],
        min: fields[1],
        hour: fields[2],
        mday: fields[3],
        mon: fields[4],
        year: fields[5],
        wday: fields[6],
        yday: fields[7],
        isdst: fields[8],
    };
    mini_mktime(&mut t);
    // SAFETY: plain-data struct tm; the C calls read/write only through the given pointers.
    unsafe {
        tzset();
        // init_tm: start from the current local time so tm_gmtoff/tm_zone are valid.
        let now: libc::time_t = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        libc::localtime_r(&now, &mut tm);
        tm.tm_sec = t.sec as libc::c_int;
        tm.tm_min = t.min as libc::c_int;
        tm.tm_hour = t.hour as libc::c_int;
        tm.tm_mday = t.mday as libc::c_int;
        tm.tm_mon = t.mon as libc::c_int;
        tm.tm_year = t.year as libc::c_int;
        tm.tm_wday = t.wday as libc::c_int;
        tm.tm_yday = t.yday as libc::c_int;
        tm.tm_isdst = t.isdst as libc::c_int;
        let mut tm2 = tm;
        libc::mktime(&mut tm2);
        tm.tm_gmtoff = tm2.tm_gmtoff;
        tm.tm_zone = tm2.tm_zone;
        let fmtlen = cfmt.as_bytes().len();
        let mut size = 64usize;
        loop {
            let mut buf = vec![0u8; size];
            let n = libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            );
            if (n >= 1 && n < size) || (n == 0 && fmtlen == 0) {
                buf.truncate(n);
                return buf;
            }
            if size == 64 {
                size = fmtlen + 64;
            } else {
                if size > 100 * fmtlen {
                    return Vec::new();
                }
                size *= 2;
            }
        }
    }
}

/// Fills a C `struct tm` the way POSIX.xs does (`init_tm` from the current local time, then
/// the nine given fields, truncated to C `int` like the XS argument conversion).
fn c_tm(fields: [i64; 9]) -> libc::tm {
    // SAFETY: plain-data struct tm filled by localtime_r.
    unsafe {
        tzset();
        let now: libc::time_t = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        libc::localtime_r(&now, &mut tm);
        tm.tm_sec = fields[0] as libc::c_int;
        tm.tm_min = fields[1] as libc::c_int;
        tm.tm_hour = fields[2] as libc::c_int;
        tm.tm_mday = fields[3] as libc::c_int;
        tm.tm_mon = fields[4] as libc::c_int;
        tm.tm_year = fields[5] as libc::c_int;
        tm.tm_wday = fields[6] as libc::c_int;
        tm.tm_yday = fields[7] as libc::c_int;
        tm.tm_isdst = fields[8] as libc::c_int;
        tm
    }
}

/// `POSIX::mktime(sec, min, hour, mday, mon, year, wday = 0, yday = 0, isdst = -1)`:
/// the C library's `mktime` in the current `TZ`; `None` is perl's `undef` (and a result of
/// 0 is returned by perl as the string `"0 but true"`).
pub fn posix_mktime(fields: [i64; 9]) -> Option<i64> {
    let mut tm = c_tm(fields);
    // SAFETY: `tm` is a valid struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    (t != -1).then_some(t as i64)
}

/// `POSIX::asctime(sec, min, hour, mday, mon, year, wday = 0, yday = 0, isdst = -1)`:
/// the C library's `asctime` (`"Sun Sep  9 01:46:40 2001\n"`); empty when it fails.
pub fn posix_asctime(fields: [i64; 9]) -> Vec<u8> {
    let tm = c_tm(fields);
    let mut buf = [0 as libc::c_char; 128];
    // SAFETY: asctime_r writes at most 26 bytes for in-range years; 128 leaves headroom and
    // a NULL return is handled.
    unsafe {
        if libc::asctime_r(&tm, buf.as_mut_ptr()).is_null() {
            return Vec::new();
        }
        std::ffi::CStr::from_ptr(buf.as_ptr()).to_bytes().to_vec()
    }
}
