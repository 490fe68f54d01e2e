/* The bus's system calls issued from C, as a cross-check of the in-process floor of bus-bench.
 * usage: floor DIR ROUNDS BLOCK MESSAGE_BYTES METRIC_BYTES
 * Prints: operation median_us for send, receive (1 msg) and metric append. */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static unsigned long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned long long)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
    return x < y ? -1 : x > y;
}

static double median_us(unsigned long long *v, size_t n) {
    qsort(v, n, sizeof *v, cmp);
    return (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0) / 1000.0;
}

static char inbox[4096], staged[4096], final_[4096];
static char message[65536], line[65536];
static size_t message_len, line_len;
static int seq_fd, metrics_fd;
static unsigned long long order;

static void send_one(void) {
    struct stat st;
    char raw[24];
    if (stat(inbox, &st) != 0) { perror("stat"); exit(1); }
    flock(seq_fd, LOCK_EX);
    if (pread(seq_fd, raw, 24, 0) < 0) { perror("pread"); exit(1); }
    order++;
    char *s = staged + strlen(staged) - 24, *f = final_ + strlen(final_) - 27;
    sprintf(s, "%020llu.tmp", order);
    sprintf(f, "%020llu-a.json", order);
    int fd = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 || write(fd, message, message_len) != (ssize_t)message_len) { perror("open/write"); exit(1); }
    close(fd);
    if (rename(staged, final_) != 0) { perror("rename"); exit(1); }
    if (pwrite(seq_fd, "00000000000000000001", 20, 0) != 20) { perror("pwrite"); exit(1); }
    flock(seq_fd, LOCK_UN);
}

static int receive_all(void) {
    static char names[1024][256];
    char buf[4096];
    int n = 0, taken = 0;
    DIR *dir = opendir(inbox);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL)
        if (e->d_name[0] != '.' && n < 1024) strcpy(names[n++], e->d_name);
    for (int i = 0; i < n; i++) {
        int fd = openat(dirfd(dir), names[i], O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        unlinkat(dirfd(dir), names[i], 0);
        if (read(fd, buf, sizeof buf) < 0) { perror("read"); exit(1); }
        close(fd);
        taken++;
    }
    closedir(dir);
    return taken;
}

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: %s DIR ROUNDS BLOCK MESSAGE_BYTES METRIC_BYTES\n", argv[0]); return 2; }
    const char *root = argv[1];
    int rounds = atoi(argv[2]), block = atoi(argv[3]);
    message_len = (size_t)atoi(argv[4]);
    line_len = (size_t)atoi(argv[5]);
    memset(message, 'm', message_len);
    memset(line, 'l', line_len);
    char path[4096];
    const char *dirs[] = {"", "/messages", "/messages/a", "/messages/a/outbox", "/messages/b", "/messages/b/inbox", "/sequences", "/metrics"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        snprintf(path, sizeof path, "%s%s", root, dirs[i]);
        mkdir(path, 0700);
    }
    snprintf(inbox, sizeof inbox, "%s/messages/b/inbox", root);
    snprintf(staged, sizeof staged, "%s/messages/a/outbox/.b-%020d.tmp", root, 0);
    snprintf(final_, sizeof final_, "%s/messages/b/inbox/%020d-a.json", root, 0);
    snprintf(path, sizeof path, "%s/sequences/a.b", root);
    seq_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    snprintf(path, sizeof path, "%s/metrics/metrics.jsonl", root);
    metrics_fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    size_t total = (size_t)rounds * block;
    unsigned long long *sends = malloc(total * sizeof *sends), *receives = malloc(total * sizeof *receives),
                       *metrics = malloc(total * sizeof *metrics);
    for (size_t k = 0; k < total; k++) {
        unsigned long long t0 = now_ns();
        send_one();
        sends[k] = now_ns() - t0;
        if ((k + 1) % block == 0) receive_all();
    }
    for (size_t k = 0; k < total; k++) {
        send_one();
        unsigned long long t0 = now_ns();
        if (receive_all() != 1) { fprintf(stderr, "receive: expected one message\n"); return 1; }
        receives[k] = now_ns() - t0;
    }
    for (size_t k = 0; k < total; k++) {
        unsigned long long t0 = now_ns();
        flock(metrics_fd, LOCK_EX);
        if (write(metrics_fd, line, line_len) != (ssize_t)line_len) { perror("write"); return 1; }
        flock(metrics_fd, LOCK_UN);
        metrics[k] = now_ns() - t0;
    }
    printf("send %.2f\nreceive %.2f\nmetric %.2f\n", median_us(sends, total), median_us(receives, total), median_us(metrics, total));
    return 0;
}
