// tools/fuzz/fuzz_clang_compat.h: force-included (-include) into every file of
// the fuzz build. clang 14 with glibc lacks C11's CMPLX macro (glibc's
// <complex.h> defines it only for GCC >= 4.7), so supply it from clang's
// builtin.
#ifndef PT_TOOLS_FUZZ_CLANG_COMPAT_H
#define PT_TOOLS_FUZZ_CLANG_COMPAT_H
#if !defined(CMPLX) && defined(__clang__)
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#endif
#endif
