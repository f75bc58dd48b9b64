#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples by frame: where a process's CPU goes.

  jfr-top.py RECORDING.jfr [--thread PREFIX] [--top 30] [--frame SUBSTRING ...]

Prints the share of samples by top frame (self) and by any frame on the stack (inclusive), for
the threads whose name starts with PREFIX (all by default); each --frame prints the share of
samples whose stack holds that substring. JFR keeps the 64 frames nearest the leaf by default, so
inclusive shares of outer frames come out short unless the JVM ran with
-XX:FlightRecorderOptions:stackdepth=256.
"""
import argparse
import collections

from jfr_samples import stacks as samples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording")
    ap.add_argument("--thread", default="")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--frame", action="append", default=[])
    args = ap.parse_args()
    self_count, inclusive, stacks = collections.Counter(), collections.Counter(), []
    for frames in samples(args.recording, args.thread):
        stacks.append(frames)
        self_count[frames[0]] += 1
        inclusive.update(set(frames))
    n = len(stacks) or 1
    print(f"{len(stacks)} samples")
    print("-- self")
    for frame, count in self_count.most_common(args.top):
        print(f"{100 * count / n:5.1f}%  {frame}")
    print("-- inclusive")
    for frame, count in inclusive.most_common(args.top * 2):
        print(f"{100 * count / n:5.1f}%  {frame}")
    for wanted in args.frame:
        hits = sum(1 for frames in stacks if any(wanted in f for f in frames))
        print(f"{100 * hits / n:5.1f}%  stacks with {wanted}")


if __name__ == "__main__":
    main()
