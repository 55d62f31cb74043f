//! The only unsafe code in the regex layer: a compiled PCRE2 pattern (JIT-compiled when
//! possible) and one match call. Everything perl-specific lives above this file.

use std::cell::RefCell;
use std::ptr;

use pcre2_sys::*;

/// Options for one compile, already decided by the caller.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompileOptions {
    pub options: u32,
    pub extra_options: u32,
}

/// A compile failure from PCRE2: its error number, message and pattern offset.
#[derive(Debug, Clone)]
pub struct Pcre2Error {
    pub code: i32,
    pub message: String,
    pub offset: usize,
}

/// One successful match: `ovector` pairs (`usize::MAX` = unset) and the last `(*MARK)`.
pub struct RawMatch {
    pub ovector: Vec<usize>,
    pub mark: Option<Vec<u8>>,
}

/// An owned, compiled PCRE2 pattern plus a reusable match-data block.
pub struct Code {
    code: *mut pcre2_code_8,
    match_data: RefCell<*mut pcre2_match_data_8>,
    capture_count: usize,
    names: Vec<(String, usize)>,
}

impl Drop for Code {
    fn drop(&mut self) {
        // SAFETY: both pointers were created by PCRE2 in `compile` and are freed only here.
        unsafe {
            let md = *self.match_data.borrow();
            if !md.is_null() {
                pcre2_match_data_free_8(md);
            }
            pcre2_code_free_8(self.code);
        }
    }
}

fn error_message(code: i32) -> String {
    let mut buf = vec![0u8; 256];
    // SAFETY: the buffer is valid for its length; PCRE2 writes at most that many bytes.
    let n = unsafe { pcre2_get_error_message_8(code, buf.as_mut_ptr(), buf.len()) };
    if n < 0 {
        return format!("PCRE2 error {code}");
    }
    buf.truncate(n as usize);
    String::from_utf8_lossy(&buf).into_owned()
}

impl Code {
    /// Compile `pattern` (bytes in the encoding the options say) and JIT it if available.
    pub fn compile(pattern: &[u8], opts: CompileOptions) -> Result<Code, Pcre2Error> {
        let mut errcode: i32 = 0;
        let mut erroffset: usize = 0;
        // SAFETY: plain FFI calls with valid pointers; every returned pointer is checked for
        // null and owned by the returned `Code` (or freed before returning an error).
        unsafe {
            let ctx = pcre2_compile_context_create_8(ptr::null_mut());
            if ctx.is_null() {
                return Err(Pcre2Error {
                    code: 0,
                    message: "out of memory".into(),
                    offset: 0,
                });
            }
            pcre2_set_newline_8(ctx, PCRE2_NEWLINE_LF);
            pcre2_set_compile_extra_options_8(ctx, opts.extra_options);
            pcre2_set_max_varlookbehind_8(ctx, 255);
            let code = pcre2_compile_8(
                pattern.as_ptr(),
                pattern.len(),
                opts.options,
                &mut errcode,
                &mut erroffset,
                ctx,
            );
            pcre2_compile_context_free_8(ctx);
            if code.is_null() {
                return Err(Pcre2Error {
                    code: errcode,
                    message: error_message(errcode),
                    offset: erroffset,
                });
            }
            // A JIT failure just means the interpreter runs the pattern.
            let _ = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE);
            let mut count: u32 = 0;
            pcre2_pattern_info_8(
                code,
                PCRE2_INFO_CAPTURECOUNT,
                &mut count as *mut u32 as *mut _,
            );
            let names = read_name_table(code);
            let md = pcre2_match_data_create_from_pattern_8(code, ptr::null_mut());
            Ok(Code {
                code,
                match_data: RefCell::new(md),
                capture_count: count as usize,
                names,
            })
        }
    }

    /// Number of capture groups (not counting group 0).
    pub fn capture_count(&self) -> usize {
        self.capture_count
    }

    /// `(name, group number)` pairs in the pattern's name table (duplicates allowed).
    pub fn names(&self) -> &[(String, usize)] {
        &self.names
    }

    /// Match at `start`; `Ok(None)` is no match, `Err` a PCRE2 run-time error (e.g. a limit).
    pub fn match_at(
        &self,
        subject: &[u8],
        start: usize,
        options: u32,
    ) -> Result<Option<RawMatch>, Pcre2Error> {
        let md_cell = self.match_data.borrow_mut();
        let md = *md_cell;
        if md.is_null() {
            return Err(Pcre2Error {
                code: 0,
                message: "out of memory".into(),
                offset: 0,
            });
        }
        // SAFETY: `code` and `md` are live PCRE2 objects owned by `self`; the subject slice
        // outlives the call; ovector is read only up to the count PCRE2 reports.
        unsafe {
            let mut rc = pcre2_match_8(
                self.code,
                subject.as_ptr(),
                subject.len(),
                start,
                options,
                md,
                ptr::null_mut(),
            );
            if rc == PCRE2_ERROR_JIT_STACKLIMIT {
                rc = pcre2_match_8(
                    self.code,
                    subject.as_ptr(),
                    subject.len(),
                    start,
                    options | PCRE2_NO_JIT,
                    md,
                    ptr::null_mut(),
                );
            }
            if rc == PCRE2_ERROR_NOMATCH {
                return Ok(None);
            }
            if rc < 0 {
                return Err(Pcre2Error {
                    code: rc,
                    message: error_message(rc),
                    offset: start,
                });
            }
            let pairs = pcre2_get_ovector_count_8(md) as usize;
            let ov = pcre2_get_ovector_pointer_8(md);
            let used = pairs.min(self.capture_count + 1);
            let mut ovector = Vec::with_capacity(used * 2);
            for k in 0..used * 2 {
                ovector.push(*ov.add(k));
            }
            let mark_ptr = pcre2_get_mark_8(md);
            let mark = if mark_ptr.is_null() {
                None
            } else {
                // A mark is preceded by its length in one code unit.
                let len = *mark_ptr.sub(1) as usize;
                Some(std::slice::from_raw_parts(mark_ptr, len).to_vec())
            };
            Ok(Some(RawMatch { ovector, mark }))
        }
    }
}

/// Read PCRE2's name table: entries of `[u16 BE group][name][NUL]`, fixed entry size.
unsafe fn read_name_table(code: *const pcre2_code_8) -> Vec<(String, usize)> {
    let mut count: u32 = 0;
    let mut entry_size: u32 = 0;
    let mut table: *const u8 = ptr::null();
    // SAFETY (caller): `code` is a live compiled pattern; the table is `count * entry_size`.
    unsafe {
        pcre2_pattern_info_8(code, PCRE2_INFO_NAMECOUNT, &mut count as *mut u32 as *mut _);
        pcre2_pattern_info_8(
            code,
            PCRE2_INFO_NAMEENTRYSIZE,
            &mut entry_size as *mut u32 as *mut _,
        );
        pcre2_pattern_info_8(
            code,
            PCRE2_INFO_NAMETABLE,
            &mut table as *mut *const u8 as *mut _,
        );
        let mut names = Vec::with_capacity(count as usize);
        if table.is_null() {
            return names;
        }
        for k in 0..count as usize {
            let entry =
                std::slice::from_raw_parts(table.add(k * entry_size as usize), entry_size as usize);
            let group = ((entry[0] as usize) << 8) | entry[1] as usize;
            let name_bytes: Vec<u8> = entry[2..]
                .iter()
                .take_while(|&&b| b != 0)
                .copied()
                .collect();
            names.push((String::from_utf8_lossy(&name_bytes).into_owned(), group));
        }
        names
    }
}
