//! The module's memory allocator: blocks in size classes, one free list per class, carved from
//! fresh wasm pages as they are needed.
//!
//! Rust's default allocator on wasm32 (dlmalloc) is about 8 KB of the module, 3 KB gzipped. A
//! call here allocates and frees the same shapes again and again (strings, vectors of checks), so
//! reusing a freed block for the next request of its size class serves as well. Classes are 16,
//! 32 and 64 bytes, then four steps per power of two (80, 96, 112, 128, 160 ...), so a block
//! wastes at most a quarter of its size. There is no coalescing: memory that a call used stays
//! ready for the next call (wasm memory cannot shrink anyway). The logic is plain Rust over
//! addresses, tested natively; only the page source and `#[global_allocator]` are wasm32-only.

use core::ptr::null_mut;

/// The smallest block, and the alignment of every block start: room for the free-list link at
/// any alignment up to 16.
const BASE_ALIGN: usize = 16;
/// 16, 32, 64, then 4 classes for each power of two up to 2^30 < block <= 2^31 bytes; larger
/// requests fail (the caller aborts, as with any allocator).
const CLASSES: usize = 3 + 4 * 25;

/// The allocator's state: a free list per size class and the unused rest of the newest region.
pub struct Pools {
    /// Address of the first free block of each class; 0 when the list is empty.
    free: [usize; CLASSES],
    /// The first unused byte of the current region, and its end.
    next: usize,
    end: usize,
}

impl Default for Pools {
    fn default() -> Self {
        Self::new()
    }
}

/// The size class of a request and its block size, or None when no class is big enough.
fn class_of(size: usize, align: usize) -> Option<(usize, usize)> {
    let size = size.max(align).max(BASE_ALIGN);
    if size <= 64 {
        let block = size.next_power_of_two(); // 16, 32 or 64
        return Some((block.trailing_zeros() as usize - 4, block));
    }
    // 2^k < size <= 2^(k+1), k >= 6: round up to a quarter of 2^k.
    let k = (usize::BITS - 1 - (size - 1).leading_zeros()) as usize;
    let quarter = 1usize << (k - 2);
    let block = size.checked_add(quarter - 1)? & !(quarter - 1);
    let class = 3 + (k - 6) * 4 + (block / quarter - 5);
    (class < CLASSES).then_some((class, block))
}

impl Pools {
    pub const fn new() -> Pools {
        Pools {
            free: [0; CLASSES],
            next: 0,
            end: 0,
        }
    }

    /// A block for `size` bytes at `align`, or null. `grow(bytes)` must hand out at least `bytes`
    /// of fresh memory as `(start, length)`, or None when there is no more.
    ///
    /// # Safety
    /// `align` is a power of two; every address in the free lists came from `grow` and was freed
    /// with the size and alignment it was allocated with.
    pub unsafe fn alloc(
        &mut self,
        size: usize,
        align: usize,
        mut grow: impl FnMut(usize) -> Option<(usize, usize)>,
    ) -> *mut u8 {
        let Some((block, list)) =
            class_of(size, align).and_then(|(c, block)| Some((block, self.free.get_mut(c)?)))
        else {
            return null_mut();
        };
        let head = *list;
        // A freed block is reused when it meets this request's alignment (only requests aligned
        // above 16 can miss; they take a fresh block instead).
        if head != 0 && head & (align - 1) == 0 {
            *list = (head as *const usize).read();
            return head as *mut u8;
        }
        let align = align.max(BASE_ALIGN);
        if let Some(start) = self.carve(block, align) {
            return start as *mut u8;
        }
        let Some(bytes) = block.checked_add(align) else {
            return null_mut();
        };
        if !self.take_pages(bytes, &mut grow) {
            return null_mut();
        }
        self.carve(block, align)
            .map_or(null_mut(), |s| s as *mut u8)
    }

    /// Takes fresh memory for at least `bytes`: it extends the region when it follows it, else it
    /// becomes the region (the old one's rest is left unused). False when there is no more.
    fn take_pages(
        &mut self,
        bytes: usize,
        grow: &mut impl FnMut(usize) -> Option<(usize, usize)>,
    ) -> bool {
        let Some((start, len)) = grow(bytes) else {
            return false;
        };
        if start == self.end {
            self.end += len;
        } else {
            (self.next, self.end) = (start, start + len);
        }
        true
    }

    /// Takes `block` bytes at `align` from the current region, if they fit.
    fn carve(&mut self, block: usize, align: usize) -> Option<usize> {
        let start = self.next.checked_add(align - 1)? & !(align - 1);
        let stop = start.checked_add(block)?;
        if self.next == 0 || stop > self.end {
            return None;
        }
        self.next = stop;
        Some(start)
    }

    /// Puts a block back on its class's free list.
    ///
    /// # Safety
    /// `ptr` came from `alloc` (or `realloc`) with this `size` and `align`, and is not used again.
    pub unsafe fn free(&mut self, ptr: *mut u8, size: usize, align: usize) {
        if let Some(list) = class_of(size, align).and_then(|(c, _)| self.free.get_mut(c)) {
            (ptr as *mut usize).write(*list);
            *list = ptr as usize;
        }
    }

    /// Resizes a block: in place when the new size has the same class, else move and free (so
    /// the old block refills its class for the next call's strings, which start small again).
    ///
    /// # Safety
    /// As for `free`; `new_size` is not zero.
    pub unsafe fn realloc(
        &mut self,
        ptr: *mut u8,
        size: usize,
        align: usize,
        new_size: usize,
        mut grow: impl FnMut(usize) -> Option<(usize, usize)>,
    ) -> *mut u8 {
        let (Some(old), Some(new)) = (class_of(size, align), class_of(new_size, align)) else {
            return null_mut();
        };
        if old == new {
            return ptr;
        }
        let moved = self.alloc(new_size, align, &mut grow);
        if !moved.is_null() {
            core::ptr::copy_nonoverlapping(ptr, moved, size.min(new_size));
            self.free(ptr, size, align);
        }
        moved
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::Pools;
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    const PAGE: usize = 65536;

    /// Fresh pages from `memory.grow`: they start where memory ended.
    fn grow(bytes: usize) -> Option<(usize, usize)> {
        let pages = bytes.div_ceil(PAGE);
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| (old * PAGE, pages * PAGE))
    }

    struct Heap(UnsafeCell<Pools>);

    // wasm32-unknown-unknown without the atomics feature has one thread, and the allocator
    // never calls back into itself.
    unsafe impl Sync for Heap {}

    unsafe impl GlobalAlloc for Heap {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            (*self.0.get()).alloc(layout.size(), layout.align(), grow)
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            (*self.0.get()).free(ptr, layout.size(), layout.align())
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            (*self.0.get()).realloc(ptr, layout.size(), layout.align(), new_size, grow)
        }
    }

    #[global_allocator]
    static HEAP: Heap = Heap(UnsafeCell::new(Pools::new()));
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PAGE: usize = 65536;

    /// A test memory of `pages` pages handed out one request at a time, like `memory.grow`.
    struct Memory {
        buf: Vec<u128>,
        used: usize,
    }

    impl Memory {
        fn new(pages: usize) -> Memory {
            Memory {
                buf: vec![0; pages * PAGE / 16],
                used: 0,
            }
        }

        fn base(&self) -> usize {
            self.buf.as_ptr() as usize
        }

        fn grow(&mut self) -> impl FnMut(usize) -> Option<(usize, usize)> + '_ {
            move |bytes| {
                let len = bytes.div_ceil(PAGE) * PAGE;
                if self.used + len > self.buf.len() * 16 {
                    return None;
                }
                let start = self.base() + self.used;
                self.used += len;
                Some((start, len))
            }
        }
    }

    #[test]
    fn classes_are_16_32_64_then_quarter_steps() {
        assert_eq!(class_of(1, 1), Some((0, 16)));
        assert_eq!(class_of(16, 8), Some((0, 16)));
        assert_eq!(class_of(17, 8), Some((1, 32)));
        assert_eq!(class_of(8, 32), Some((1, 32)));
        assert_eq!(class_of(64, 1), Some((2, 64)));
        assert_eq!(class_of(65, 1), Some((3, 80)));
        assert_eq!(class_of(80, 1), Some((3, 80)));
        assert_eq!(class_of(81, 1), Some((4, 96)));
        assert_eq!(class_of(128, 1), Some((6, 128)));
        assert_eq!(class_of(129, 1), Some((7, 160)));
        assert_eq!(class_of(1000, 1), Some((18, 1024)));
        assert_eq!(class_of(1025, 1), Some((19, 1280)));
        assert_eq!(class_of(1 << 31, 1), Some((CLASSES - 1, 1 << 31)));
        assert_eq!(class_of((1 << 31) + 1, 1), None);
    }

    #[test]
    fn a_freed_block_serves_the_next_request_of_its_class() {
        let mut mem = Memory::new(4);
        let mut pools = Pools::new();
        unsafe {
            let a = pools.alloc(100, 8, mem.grow());
            let b = pools.alloc(100, 8, mem.grow());
            assert_eq!(b as usize - a as usize, 112);
            pools.free(a, 100, 8);
            assert_eq!(pools.alloc(112, 4, mem.grow()), a); // same class: reused
            let c = pools.alloc(113, 4, mem.grow()); // next class: fresh
            assert_ne!(c, a);
            assert_eq!(c as usize % 16, 0);
        }
    }

    #[test]
    fn realloc_stays_in_place_within_a_class_and_moves_the_bytes_otherwise() {
        let mut mem = Memory::new(4);
        let mut pools = Pools::new();
        unsafe {
            let a = pools.alloc(20, 1, mem.grow());
            pools.alloc(20, 1, mem.grow()); // so that `a` is not the newest block
            a.copy_from(b"0123456789abcdefghij".as_ptr(), 20);
            assert_eq!(pools.realloc(a, 20, 1, 32, mem.grow()), a);
            let b = pools.realloc(a, 32, 1, 33, mem.grow());
            assert_ne!(b, a);
            assert_eq!(std::slice::from_raw_parts(b, 20), b"0123456789abcdefghij");
            assert_eq!(pools.alloc(30, 1, mem.grow()), a, "the old block was freed");
        }
    }

    #[test]
    fn a_string_grown_and_freed_again_and_again_takes_no_new_memory() {
        let mut mem = Memory::new(16);
        let mut pools = Pools::new();
        let mut used = Vec::new();
        unsafe {
            for _ in 0..10 {
                // A string built by pushes: it doubles from 16 bytes, with a small allocation
                // made (and kept) between steps, as a call's other values are.
                let mut p = pools.alloc(16, 1, mem.grow());
                let mut size = 16;
                let mut others = Vec::new();
                while size < 4096 {
                    others.push(pools.alloc(24, 8, mem.grow()));
                    p = pools.realloc(p, size, 1, size * 2, mem.grow());
                    size *= 2;
                }
                pools.free(p, size, 1);
                for o in others {
                    pools.free(o, 24, 8);
                }
                used.push(pools.next); // how far fresh memory has been carved
            }
        }
        assert!(used.iter().all(|u| *u == used[0]), "memory grew: {used:?}");
    }

    #[test]
    fn over_aligned_requests_are_aligned_even_when_a_freed_block_is_not() {
        let mut mem = Memory::new(4);
        let mut pools = Pools::new();
        unsafe {
            let first = pools.alloc(16, 16, mem.grow());
            let small = pools.alloc(40, 8, mem.grow()); // 64-byte block at first + 16
            assert_eq!(small as usize % 64, (first as usize + 16) % 64);
            pools.free(small, 40, 8);
            let big = pools.alloc(40, 64, mem.grow());
            assert_eq!(big as usize % 64, 0);
        }
    }

    #[test]
    fn a_request_larger_than_the_region_takes_new_pages() {
        let mut mem = Memory::new(8);
        let mut pools = Pools::new();
        unsafe {
            let a = pools.alloc(10, 1, mem.grow());
            let big = pools.alloc(3 * PAGE, 1, mem.grow()); // a 3-page block
            assert!(!big.is_null());
            assert!(big as usize >= a as usize + 16);
            big.write_bytes(7, 3 * PAGE);
            assert_eq!(mem.used, 5 * PAGE);
            // No memory left: null, not a panic, and small requests still work from the region.
            assert!(pools.alloc(8 * PAGE, 1, mem.grow()).is_null());
            assert!(!pools.alloc(10, 1, mem.grow()).is_null());
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Alloc(usize, u32),
        Free(usize),
        Grow(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1usize..5000, 0u32..7).prop_map(|(s, a)| Op::Alloc(s, a)),
            (0usize..64).prop_map(Op::Free),
            (0usize..64, 1usize..9000).prop_map(|(i, s)| Op::Grow(i, s)),
        ]
    }

    proptest! {
        /// Live blocks never overlap, are aligned, and keep their bytes through other
        /// allocations, frees and moves.
        #[test]
        fn live_blocks_are_aligned_disjoint_and_intact(ops in prop::collection::vec(op(), 1..200)) {
            let mut mem = Memory::new(64);
            let mut pools = Pools::new();
            // (address, size, align, fill byte)
            let mut live: Vec<(usize, usize, usize, u8)> = Vec::new();
            let mut fill = 0u8;
            for op in ops {
                unsafe {
                    match op {
                        Op::Alloc(size, a) => {
                            let align = 1usize << a;
                            let p = pools.alloc(size, align, mem.grow());
                            prop_assert!(!p.is_null());
                            prop_assert_eq!(p as usize % align, 0);
                            fill = fill.wrapping_add(1);
                            p.write_bytes(fill, size);
                            live.push((p as usize, size, align, fill));
                        }
                        Op::Free(i) if !live.is_empty() => {
                            let (p, size, align, _) = live.swap_remove(i % live.len());
                            pools.free(p as *mut u8, size, align);
                        }
                        Op::Grow(i, new_size) if !live.is_empty() => {
                            let i = i % live.len();
                            let (p, size, align, byte) = live[i];
                            let q = pools.realloc(p as *mut u8, size, align, new_size, mem.grow());
                            prop_assert!(!q.is_null());
                            let kept = std::slice::from_raw_parts(q, size.min(new_size));
                            prop_assert!(kept.iter().all(|b| *b == byte));
                            q.write_bytes(byte, new_size);
                            live[i] = (q as usize, new_size, align, byte);
                        }
                        _ => {}
                    }
                }
                for (p, size, _, byte) in &live {
                    let bytes = unsafe { std::slice::from_raw_parts(*p as *const u8, *size) };
                    prop_assert!(bytes.iter().all(|b| b == byte), "a block was overwritten");
                }
                let mut spans: Vec<(usize, usize)> = live.iter().map(|(p, s, _, _)| (*p, p + s)).collect();
                spans.sort();
                prop_assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "blocks overlap");
            }
        }
    }
}
