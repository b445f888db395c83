//! The wasm build's allocator: power-of-two size classes with a free list each, carved from
//! memory the module grows. A fraction of the size of the standard library's dlmalloc, which is
//! the point: every call allocates and frees the same few shapes (strings, small vectors), so
//! freed blocks are reused as they are and nothing needs coalescing.
//!
//! A block of class `k` is `2^k` bytes at an address that is a multiple of `min(2^k, 64 KiB)`,
//! so any layout whose size and alignment fit the class fits any block of it. The module is
//! single-threaded (no atomics, no shared memory).

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const PAGE: usize = 65536;
/// Classes 3 (8 bytes) to 31 (2 GiB).
const MIN_CLASS: u32 = 3;
const CLASSES: usize = 32;

struct State {
    /// The first free block of each class; a free block stores the next one in its first word.
    free: [*mut u8; CLASSES],
    /// Memory from `top` to `end` is not handed out yet.
    top: usize,
    end: usize,
}

pub struct Heap(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown without the atomics feature runs one thread only.
unsafe impl Sync for Heap {}

#[global_allocator]
static HEAP: Heap = Heap(UnsafeCell::new(State {
    free: [null_mut(); CLASSES],
    top: 0,
    end: 0,
}));

/// The class whose blocks hold `layout`, if any.
fn class_of(layout: Layout) -> Option<u32> {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    let class = size.checked_next_power_of_two()?.trailing_zeros();
    (layout.align() <= PAGE && (class as usize) < CLASSES).then_some(class)
}

impl State {
    /// Hands out a fresh block of `2^class` bytes from the end of the heap, growing memory as
    /// needed. The gap skipped to align it goes to the free lists, as naturally aligned blocks.
    unsafe fn carve(&mut self, class: u32) -> *mut u8 {
        if self.end == 0 {
            // The heap starts at the end of the memory the module was given.
            self.end = core::arch::wasm32::memory_size(0) * PAGE;
            self.top = self.end;
        }
        let size = 1usize << class;
        let align = size.min(PAGE);
        let Some(start) = self.top.checked_add(align - 1).map(|t| t & !(align - 1)) else {
            return null_mut();
        };
        let Some(stop) = start.checked_add(size) else {
            return null_mut();
        };
        if stop > self.end {
            let pages = (stop - self.end).div_ceil(PAGE);
            if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                return null_mut();
            }
            self.end += pages * PAGE;
        }
        // The gap skipped to align the block: the largest aligned power of two that fits, again
        // and again (`top` is always a multiple of 8).
        while self.top < start {
            let k = self.top.trailing_zeros().min((start - self.top).ilog2());
            self.push(k, self.top as *mut u8);
            self.top += 1 << k;
        }
        self.top = stop;
        start as *mut u8
    }

    unsafe fn push(&mut self, class: u32, block: *mut u8) {
        let slot = &mut self.free[class as usize];
        (block as *mut *mut u8).write(*slot);
        *slot = block;
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = &mut *self.0.get();
        let Some(class) = class_of(layout) else {
            return null_mut();
        };
        let slot = &mut state.free[class as usize];
        let block = *slot;
        if block.is_null() {
            return state.carve(class);
        }
        *slot = (block as *mut *mut u8).read();
        block
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            (*self.0.get()).push(class, ptr);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
