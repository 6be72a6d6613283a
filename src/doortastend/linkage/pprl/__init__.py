"""Privacy-preserving record linkage (PPRL) with hardened Bloom filters; see docs/pprl.md."""
