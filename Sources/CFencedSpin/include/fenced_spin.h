#ifndef OVERHEAD_FENCED_SPIN_H
#define OVERHEAD_FENCED_SPIN_H

#include <stdint.h>

/// Runs `steps` dependent multiply-add steps between two execution fences and returns the chain's
/// result. The leading fence keeps the spin from starting while the caller's earlier instructions
/// are still executing, the trailing one keeps later instructions (the clock read that ends a
/// timing) from overlapping its tail. Without them an out-of-order core hides part of the chain
/// behind the code around it, by an amount that depends on that code: the same spin then costs
/// one figure when timed back to back and a smaller one inside an operation.
uint64_t overhead_fenced_spin(uint64_t steps, uint64_t seed);

#endif
