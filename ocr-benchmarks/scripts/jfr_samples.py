"""The execution samples of a JFR recording, as stacks of frame names (leaf first), by thread."""
import re
import subprocess


def stacks(path, thread_prefix=""):
    """Yields each execution sample's frames, leaf first, for threads whose name starts with the prefix."""
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample {")[1:]:
        name = re.search(r'sampledThread = "([^"]*)"', event)
        if thread_prefix and (not name or not name.group(1).startswith(thread_prefix)):
            continue
        frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?line:", event, re.M)
        if frames:
            yield frames


def categorise(path, categories, thread_prefix=""):
    """Share of samples by the first category (name, [substrings]) any frame of the stack matches; n."""
    counts = {name: 0 for name, _ in categories}
    counts["other"] = 0
    n = 0
    for frames in stacks(path, thread_prefix):
        n += 1
        for name, patterns in categories:
            if any(p in f for p in patterns for f in frames):
                counts[name] += 1
                break
        else:
            counts["other"] += 1
    return {k: v / n for k, v in counts.items()} if n else {}, n
