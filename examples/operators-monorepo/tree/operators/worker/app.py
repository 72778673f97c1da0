BATCH_SIZE = 10


def run(items):
    return [item * 2 for item in items]
