// Wrappers for the ncurses macros and globals Swift cannot import (../shared/TERMINAL.md),
// and the terminal restore that runs from a signal handler, which must be C.
#ifndef VIGIL_CNCURSES_SHIM_H
#define VIGIL_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>

static inline attr_t vigil_a_bold(void) { return A_BOLD; }
static inline attr_t vigil_a_reverse(void) { return A_REVERSE; }
static inline attr_t vigil_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vigil_a_dim(void) { return A_DIM; }
static inline attr_t vigil_a_normal(void) { return A_NORMAL; }
static inline WINDOW *vigil_stdscr(void) { return stdscr; }
static inline int vigil_colors(void) { return COLORS; }
static inline int vigil_color_pairs(void) { return COLOR_PAIRS; }
static inline int vigil_key_f(int n) { return KEY_F(n); }
static inline int vigil_rows(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int vigil_cols(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int vigil_wcwidth(wchar_t c) { return wcwidth(c); }

/// The terminal size of a file descriptor; 0 on success.
static inline int vigil_get_winsize(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

static inline int vigil_set_winsize(int fd, int rows, int cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)rows;
    ws.ws_col = (unsigned short)cols;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

/// Unblocks SIGWINCH in the calling thread (Swift Testing's workers block it, and the mask
/// survives fork/exec: TERMINAL.md pitfall 4).
static inline void vigil_unblock_sigwinch(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

// The crash guard: on a fatal or terminating signal, put the terminal back (leave the
// alternate screen, show the cursor, reset attributes, restore the saved termios) before the
// process dies, then let the previous handler (Swift's crash reporter, or the default) run.
// Everything here is async-signal-safe: write(2), tcsetattr(3), sigaction(2), raise(3).
struct vigil_guard_state {
    int fd;
    int armed;
    char restore[256];
    size_t length;
    struct termios saved;
    int has_saved;
    struct sigaction previous[32];
};

// Storage inside a function: Swift emits the header's inline functions, not its variables.
static inline struct vigil_guard_state *vigil_guard_storage(void) {
    static struct vigil_guard_state state;
    return &state;
}
#define vigil_guard (*vigil_guard_storage())

static const int vigil_guard_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGTERM, SIGHUP, SIGINT, SIGQUIT };
#define VIGIL_GUARD_COUNT ((int)(sizeof vigil_guard_signals / sizeof vigil_guard_signals[0]))

static inline void vigil_guard_restore(void) {
    if (!vigil_guard.armed) return;
    vigil_guard.armed = 0;
    if (vigil_guard.length > 0) {
        ssize_t unused = write(vigil_guard.fd, vigil_guard.restore, vigil_guard.length);
        (void)unused;
    }
    if (vigil_guard.has_saved) tcsetattr(vigil_guard.fd, TCSANOW, &vigil_guard.saved);
}

static void vigil_guard_handler(int sig) {
    vigil_guard_restore();
    if (sig > 0 && sig < 32) sigaction(sig, &vigil_guard.previous[sig], NULL);
    raise(sig);
}

/// Remembers the terminal's settings as they are now (before ncurses changes them).
static inline void vigil_guard_save_termios(int fd) {
    vigil_guard.has_saved = fd >= 0 && tcgetattr(fd, &vigil_guard.saved) == 0;
}

/// Arms the guard: `fd` is the terminal and `bytes` what puts its screen back.
static inline void vigil_guard_arm(int fd, const char *bytes, size_t length) {
    vigil_guard.fd = fd;
    if (length > sizeof vigil_guard.restore) length = sizeof vigil_guard.restore;
    memcpy(vigil_guard.restore, bytes, length);
    vigil_guard.length = length;
    for (int i = 0; i < VIGIL_GUARD_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = vigil_guard_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(vigil_guard_signals[i], &sa, &vigil_guard.previous[vigil_guard_signals[i]]);
    }
    vigil_guard.armed = 1;
}

/// Disarms after a normal exit has restored the terminal itself.
static inline void vigil_guard_disarm(void) {
    if (!vigil_guard.armed) return;
    vigil_guard.armed = 0;
    for (int i = 0; i < VIGIL_GUARD_COUNT; i++) {
        sigaction(vigil_guard_signals[i], &vigil_guard.previous[vigil_guard_signals[i]], NULL);
    }
}

/// A terminfo string capability, or NULL when the terminal has none.
static inline const char *vigil_tigetstr(const char *name) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return NULL;
    return s;
}
#endif
