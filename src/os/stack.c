// src/os/stack.c: the calling thread's stack bounds, from pthreads.
#include <pthread.h>
#include <sys/resource.h>

#include "os/stack.h"  // pt_os_stack_low

uintptr_t pt_os_stack_low(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (addr == NULL) {  // unknown: assume 1 MiB below the current frame
        char here;
        return (uintptr_t)&here - (1u << 20);
    }
    // The main thread's reported stack may exceed what the rlimit lets grow.
    struct rlimit rl;
    uintptr_t top = (uintptr_t)addr + size;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size) {
        return top - rl.rlim_cur;
    }
    return (uintptr_t)addr;
}
