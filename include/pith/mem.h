// include/pith/mem.h: the memory manager's interface (src/mem/).
//
// pt_mem_* is the object allocator: small requests (up to 512 bytes) come from
// size-class pools inside 1 MiB arenas; larger ones from the system. Frees are
// sized: the caller passes the size it allocated, so no lookup is needed.
// pt_raw_* is the page/system source for buffers that outside libraries own
// or that are large; it is the only place that calls malloc. None of these set
// an exception: NULL means out of memory, and the object layer raises.
#ifndef PT_MEM_H
#define PT_MEM_H

#include <stddef.h>

void *pt_mem_alloc(size_t size);       // uninitialised; NULL when out of memory
void *pt_mem_alloc_zero(size_t size);  // zeroed
void pt_mem_free(void *p, size_t size);  // p may be NULL; size as allocated
void *pt_mem_realloc(void *p, size_t old_size, size_t new_size);

void *pt_raw_alloc(size_t size);
void *pt_raw_alloc_zero(size_t size);
void *pt_raw_realloc(void *p, size_t size);
void pt_raw_free(void *p);

// Size the allocator actually reserves for a request of `size` (its size class).
size_t pt_mem_usable_size(size_t size);

#endif  // PT_MEM_H
