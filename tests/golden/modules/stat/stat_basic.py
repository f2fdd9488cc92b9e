import stat, os
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.S_IMODE(0o100644), stat.filemode(0o100644), stat.filemode(0o40755))
print(stat.filemode(0o120777), stat.filemode(0o104755), stat.filemode(0o102644), stat.filemode(0o41777), stat.filemode(0o1644), stat.filemode(0o777))
st = os.stat('/')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISLNK(os.lstat('/').st_mode))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IXOTH, stat.S_ISUID)
print(st[stat.ST_MODE] == st.st_mode, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == int(st.st_mtime))
print(len(st), st[8] == int(st.st_mtime), type(st).__name__, st.n_sequence_fields)
print(stat.S_ISCHR(os.stat('/dev/null').st_mode), stat.S_ISFIFO(os.stat('/dev/null').st_mode))
