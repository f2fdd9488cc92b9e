// src/os/fs.h: the file-system calls the runtime itself needs (imports, .pyc
// files, running scripts). Thin wrappers over POSIX that keep OS headers out
// of the rest of the core. Every function returns -1 and leaves errno set on
// failure; none raises.
#ifndef PT_OS_FS_H
#define PT_OS_FS_H

#include <stddef.h>
#include <stdint.h>

typedef struct PtOsStat {
    int64_t size;
    int64_t mtime_ns;
    int is_dir;
} PtOsStat;

int pt_os_stat(const char *path, PtOsStat *st);
// Open for reading; the descriptor, or -1.
int pt_os_open_read(const char *path);
// Read up to n bytes, retrying on EINTR; the count read (0 at end), or -1.
intptr_t pt_os_read(int fd, void *buf, size_t n);
// Write all n bytes, retrying on EINTR and short writes; 0 or -1.
int pt_os_write_all(int fd, const void *buf, size_t n);
int pt_os_close(int fd);
// Write `data` to `path` through a temporary file and rename, creating the
// parent directory (one level) if missing; 0 or -1.
int pt_os_write_file_atomic(const char *path, const void *data, size_t len);
// The directory holding the running executable, written into buf; 0 or -1.
int pt_os_exe_dir(char *buf, size_t bufsize);
// 1 if path exists and is a directory.
int pt_os_is_dir(const char *path);
// Canonicalise the path in buf in place (resolving "..", "." and links); 0 or -1 (buf unchanged).
int pt_os_realpath(char *buf, size_t bufsize);
// Current working directory into buf; 0 or -1.
int pt_os_getcwd(char *buf, size_t bufsize);

#endif  // PT_OS_FS_H
