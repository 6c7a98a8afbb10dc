"""PyTorch eager on the same work as bn-core's TrainingBenchmark, for bench/compare.sh.

Same networks (MLP 784-512-BN-10; DeepOBS 3C3D with BN before each ReLU and TF-SAME pools as
ceil-mode pools; ALL-CNN-C at width 0.25 with BN and its dropouts), the same batch sizes, plain SGD
at lr 0.01, random data of the real shapes. Prints "FIGURE torch_<name> <value> <unit>" lines.
A benchmark peer only: nothing in the project imports it.
"""
import os
import platform
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("PyTorch is not installed; bench/compare.sh installs nothing "
          "(on Debian: apt-get install python3-torch)", file=sys.stderr)
    sys.exit(3)

REPEATS = 3


def figure(name, value, unit):
    print("FIGURE torch_%s %.4g %s" % (name, value, unit), flush=True)


def blas():
    cfg = torch.__config__.show()
    link = "/etc/alternatives/libblas.so.3-x86_64-linux-gnu"
    target = os.path.realpath(link) if os.path.exists(link) else "?"
    return ("MKL" if "MKL" in cfg and "BLAS_INFO=mkl" in cfg else "system BLAS: " + target)


def matmul_peak(threads):
    torch.set_num_threads(threads)
    n = 2048
    a, b = torch.rand(n, n), torch.rand(n, n)
    a @ b
    best = 0
    for _ in range(5):
        t0 = time.perf_counter()
        (a @ b)[0, 0].item()
        best = max(best, 2 * n ** 3 / (time.perf_counter() - t0) / 1e9)
    return best


def train_rate(net, x, y, steps, threads):
    """Best of REPEATS: seconds per step of `steps` SGD steps on one fixed batch."""
    torch.set_num_threads(threads)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    for _ in range(2):
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(net(x), y).backward()
        opt.step()
    best = float("inf")
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for _ in range(steps):
            opt.zero_grad(set_to_none=True)
            loss = F.cross_entropy(net(x), y)
            loss.backward()
            opt.step()
            loss.item()
        best = min(best, (time.perf_counter() - t0) / steps)
    return best


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 512, bias=False), nn.BatchNorm1d(512),
                         nn.ReLU(), nn.Linear(512, 10))


class ThreeC3D(nn.Module):
    def __init__(self):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(3, 64, 5, bias=False), nn.Conv2d(64, 96, 3, bias=False),
                                    nn.Conv2d(96, 128, 3, padding=1, bias=False)])
        self.bns = nn.ModuleList([nn.BatchNorm2d(c) for c in (64, 96, 128)])
        self.d1, self.b1 = nn.Linear(1152, 512, bias=False), nn.BatchNorm1d(512)
        self.d2, self.b2 = nn.Linear(512, 256, bias=False), nn.BatchNorm1d(256)
        self.d3 = nn.Linear(256, 10)

    def forward(self, x):
        for conv, bn in zip(self.convs, self.bns):
            x = F.max_pool2d(F.relu(bn(conv(x))), 3, 2, ceil_mode=True)
        x = x.flatten(1)
        x = F.relu(self.b1(self.d1(x)))
        x = F.relu(self.b2(self.d2(x)))
        return self.d3(x)


def all_cnn_c(width=0.25, classes=100):
    a, b = round(96 * width), round(192 * width)
    layers = [nn.Dropout(0.2)]
    spec = [(3, a, 3, 1, 1), (a, a, 3, 1, 1), (a, a, 3, 2, "s"), (a, b, 3, 1, 1), (b, b, 3, 1, 1),
            (b, b, 3, 2, "s"), (b, b, 3, 1, 0), (b, b, 1, 1, 0)]
    for i, (cin, cout, k, s, p) in enumerate(spec):
        if p == "s":  # TF-SAME for a stride-2 3x3 conv on an even size: pad bottom/right by 1
            layers.append(nn.ZeroPad2d((0, 1, 0, 1)))
            p = 0
        layers += [nn.Conv2d(cin, cout, k, s, p, bias=False), nn.BatchNorm2d(cout), nn.ReLU()]
        if i in (2, 5):
            layers.append(nn.Dropout(0.5))
    layers += [nn.Conv2d(b, classes, 1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()]
    return nn.Sequential(*layers)


def main():
    print("CPU: %s; PyTorch %s, %s" % (platform.processor() or platform.machine(),
                                       torch.__version__, blas()), flush=True)
    torch.manual_seed(0)
    figure("matmul_peak_2_threads", matmul_peak(2), "GFLOP/s")
    figure("matmul_peak_1_thread", matmul_peak(1), "GFLOP/s")
    x, y = torch.randn(8, 1, 28, 28), torch.randint(0, 10, (8,))
    figure("mlp_step_b8_1_thread", 1000 * train_rate(mlp(), x, y, 1250, 1), "ms")
    for threads in (2, 1):
        x, y = torch.randn(128, 3, 32, 32), torch.randint(0, 10, (128,))
        figure("3c3d_b128_%d_threads" % threads, 128 / train_rate(ThreeC3D(), x, y, 20, threads),
               "images/s")
        cl = ThreeC3D().to(memory_format=torch.channels_last)
        xc = x.contiguous(memory_format=torch.channels_last)
        figure("3c3d_b128_%d_threads_channels_last" % threads,
               128 / train_rate(cl, xc, y, 20, threads), "images/s")
        x, y = torch.randn(256, 3, 32, 32), torch.randint(0, 100, (256,))
        figure("allcnnc_w0.25_b256_%d_threads" % threads,
               256 / train_rate(all_cnn_c(), x, y, 10, threads), "images/s")


if __name__ == "__main__":
    main()
