// src/os/stack.h: where this thread's C stack ends, for the recursion guard.
#ifndef PT_OS_STACK_H
#define PT_OS_STACK_H

#include <stdint.h>

// Lowest usable address of the calling thread's stack (stacks grow down).
uintptr_t pt_os_stack_low(void);

#endif  // PT_OS_STACK_H
