// src/os/fs.c: POSIX file-system wrappers for the core (see fs.h).
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "os/fs.h"  // declarations

int pt_os_stat(const char *path, PtOsStat *st) {
    struct stat s;
    if (stat(path, &s) < 0) {
        return -1;
    }
    st->size = (int64_t)s.st_size;
    st->mtime_ns = (int64_t)s.st_mtim.tv_sec * 1000000000 + s.st_mtim.tv_nsec;
    st->is_dir = S_ISDIR(s.st_mode);
    return 0;
}

int pt_os_open_read(const char *path) {
    int fd;
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

intptr_t pt_os_read(int fd, void *buf, size_t n) {
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    return (intptr_t)r;
}

int pt_os_write_all(int fd, const void *buf, size_t n) {
    const char *p = buf;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int pt_os_close(int fd) { return close(fd); }

int pt_os_write_file_atomic(const char *path, const void *data, size_t len) {
    char dir[4096], tmp[4200];
    size_t n = strlen(path);
    if (n >= sizeof dir) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(dir, path, n + 1);
    char *slash = strrchr(dir, '/');
    if (slash != NULL) {
        *slash = '\0';
        if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
            return -1;
        }
    }
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return -1;
    }
    if (pt_os_write_all(fd, data, len) < 0) {
        close(fd);
        unlink(tmp);
        return -1;
    }
    if (close(fd) < 0 || rename(tmp, path) < 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

int pt_os_exe_dir(char *buf, size_t bufsize) {
    ssize_t n = readlink("/proc/self/exe", buf, bufsize - 1);
    if (n <= 0) {
        return -1;
    }
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash != NULL) {
        *slash = '\0';
    }
    return 0;
}

int pt_os_is_dir(const char *path) {
    struct stat s;
    return stat(path, &s) == 0 && S_ISDIR(s.st_mode);
}

int pt_os_getcwd(char *buf, size_t bufsize) { return getcwd(buf, bufsize) != NULL ? 0 : -1; }

int pt_os_realpath(char *buf, size_t bufsize) {
    char out[PATH_MAX];
    if (realpath(buf, out) == NULL || strlen(out) >= bufsize) {
        return -1;
    }
    memcpy(buf, out, strlen(out) + 1);
    return 0;
}
