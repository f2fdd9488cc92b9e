// src/main/repl.h: the interactive prompt.
#ifndef PT_MAIN_REPL_H
#define PT_MAIN_REPL_H

// Read, compile and run statements from stdin until EOF or SystemExit;
// returns the exit status.
int pt_repl_run(void);

#endif  // PT_MAIN_REPL_H
