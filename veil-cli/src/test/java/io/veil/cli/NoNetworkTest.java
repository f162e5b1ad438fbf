package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.veil.cli.samples.SyntheticDocuments;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Veil never phones home" (DESIGN.md), held by the kernel's own account: a real {@code scan} and a real
 * {@code redact} run in a child JVM under {@code strace -f}, and every {@code connect}/{@code sendto}/{@code sendmsg}
 * it made must go to a Unix socket, netlink or a loopback address. The child runs WITHOUT
 * {@code ORT_DISABLE_TELEMETRY} and {@code OPT_OUT_TRACKING} (which surefire sets for every test), so a library
 * that phones home unless told not to is caught even though the {@code ./veil} launcher sets them.
 *
 * <p>strace is needed: {@code scripts/test} installs it when run as root. Missing strace fails the test as root
 * (where installing it is one command) and skips it visibly otherwise.
 */
class NoNetworkTest {
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));
    private static final Pattern SYSCALL = Pattern.compile("^(?:\\[pid\\s+)?\\d+\\]?\\s+(\\w+)\\(");
    private static final Pattern FAMILY = Pattern.compile("sa_family=(AF_\\w+)");
    private static final Pattern IPV4 = Pattern.compile("inet_addr\\(\"([^\"]*)\"\\)");
    private static final Pattern IPV6 = Pattern.compile("inet_pton\\(AF_INET6,\\s*\"([^\"]*)\"");
    private static final List<String> NETWORK_CALLS = List.of("connect", "sendto", "sendmsg", "sendmmsg");

    @TempDir
    static Path dir;
    static Path strace;
    static Path in;

    @BeforeAll
    static void findStraceAndWriteInputs() throws Exception {
        Optional<Path> found = onPath("strace");
        if (found.isEmpty()) {
            if (isRoot()) {
                fail("strace is not installed: run 'apt-get install -y strace' (scripts/test installs it when run as root)");
            }
            assumeThat(found).as("strace is not on PATH and this user cannot install it; NoNetworkTest is SKIPPED "
                    + "(install strace to hold the no-network promise)").isPresent();
        }
        strace = found.get();
        in = Files.createDirectories(dir.resolve("in"));
        ImageIO.write(SyntheticDocuments.invoice(), "png", in.resolve("invoice.png").toFile());
        ImageIO.write(SyntheticDocuments.idCard(null), "png", in.resolve("id-card.png").toFile());
        ImageIO.write(SyntheticDocuments.screenshot(), "png", in.resolve("screenshot.png").toFile());
        Path sample = MODELS.resolve("samples/sample1.jpg");
        if (Files.exists(sample)) {
            Files.copy(sample, in.resolve("group.jpg"));
        }
    }

    @Test
    void aScanOpensNoNonLoopbackConnection() throws Exception {
        List<String> log = traced("scan", "io.veil.cli.Main", "scan", in.toString(), "--report-dir", dir.resolve("reports").toString());

        assertThat(dir.resolve("reports/invoice.png.json")).exists();
        assertThat(offLoopback(log)).as("network calls to addresses off this machine").isEmpty();
    }

    @Test
    void aRedactionOpensNoNonLoopbackConnection() throws Exception {
        List<String> log = traced("redact", "io.veil.cli.Main", "redact", in.toString(), "--out", dir.resolve("out").toString(),
                "--audit-db", dir.resolve("audit.db").toString());

        assertThat(dir.resolve("out/invoice.png")).exists();
        assertThat(offLoopback(log)).as("network calls to addresses off this machine").isEmpty();
    }

    /** The control: a child that does connect (to loopback) shows up in the trace, so silence above means silence. */
    @Test
    void theTraceSeesAConnectionWhenTheChildMakesOne() throws Exception {
        List<String> log = traced("probe", LoopbackProbe.class.getName());

        List<Address> seen = addresses(log);
        assertThat(seen).as("the probe's loopback connect").anyMatch(a -> a.family().startsWith("AF_INET") && a.loopback());
        assertThat(offLoopback(log)).isEmpty();
    }

    @ParameterizedTest(name = "MUST_FLAG: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"192.0.2.10\")}, 16) = -1 EINPROGRESS`",
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"203.0.113.5\")}, 16 <unfinished ...>`",
        "`[pid 12] connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0`",
        "`1 connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::ffff:198.51.100.7\", &sin6_addr), sin6_scope_id=0}, 28) = 0`",
        "`1 sendto(5, \"\"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.0.0.53\")}, 16) = 40`",
        "`1 sendmsg(5, {msg_name={sa_family=AF_INET, sin_port=htons(123), sin_addr=inet_addr(\"198.51.100.1\")}, msg_namelen=16}, 0) = 48`",
        "`1 sendto(5, \"\"..., 42, 0, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ARP), sll_ifindex=2}, 20) = 42`",
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"0.0.0.0\")}, 16) = 0`",
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(80), ???}, 16) = 0`",
    })
    void aCallToAnAddressOffThisMachineIsFlagged(String line) {
        assertThat(offLoopback(List.of(line))).hasSize(1);
    }

    @ParameterizedTest(name = "MUST_NOT_FLAG: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`1 connect(4, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT (No such file or directory)`",
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0`",
        "`1 connect(7, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.8.9.10\")}, 16) = 0`",
        "`1 connect(7, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0`",
        "`1 connect(7, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::ffff:127.0.0.1\", &sin6_addr), sin6_scope_id=0}, 28) = 0`",
        "`1 sendto(3, \"\"..., 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20`",
        "`1 connect(7, {sa_family=AF_UNSPEC, sa_data=\"\"}, 16) = 0`",
        "`1 sendto(4, \"\"..., 10, MSG_NOSIGNAL, NULL, 0) = 10`",
        "`1 <... connect resumed>) = 0`",
        "`1 openat(AT_FDCWD, \"/tmp/sa_family=AF_INET.png\", O_RDONLY) = 5`",
    })
    void aCallThatStaysOnThisMachineIsNotFlagged(String line) {
        assertThat(offLoopback(List.of(line))).isEmpty();
    }

    /**
     * Runs {@code mainClassAndArgs} in a child JVM under strace and returns the trace; asserts the child exited 0
     * and that the trace saw the process start and a file opened by a thread other than the first.
     */
    private static List<String> traced(String name, String... mainClassAndArgs) throws Exception {
        Path log = dir.resolve(name + ".strace");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> cmd = new ArrayList<>(List.of(strace.toString(), "-f", "-qq", "-s", "0", "-e", "signal=none",
                "-e", "trace=execve,openat,connect,sendto,sendmsg,sendmmsg", "-o", log.toString(),
                java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "-Dveil.models=" + MODELS));
        cmd.addAll(List.of(mainClassAndArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        // The product must be silent by itself, not only because the launcher or surefire switched telemetry off.
        pb.environment().remove("ORT_DISABLE_TELEMETRY");
        pb.environment().remove("OPT_OUT_TRACKING");
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the traced child did not finish");
        }
        assertThat(p.exitValue()).as("exit code of the traced %s; stderr:%n%s", name, Files.readString(dir.resolve(name + ".err")))
                .isZero();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).as("strace saw the child JVM start").anyMatch(l -> syscall(l).equals("execve") && l.contains("\"" + java + "\""));
        assertThat(lines).as("strace saw files opened: it traced the process at all").anyMatch(l -> syscall(l).equals("openat"));
        if (mainClassAndArgs[0].equals("io.veil.cli.Main")) {
            // Inputs are read on the batch's worker threads: seeing that proves -f followed every thread.
            assertThat(lines).as("strace saw a worker thread read an input").anyMatch(l -> syscall(l).equals("openat")
                    && l.contains(in.resolve("invoice.png").toString()) && !l.startsWith(firstPid(lines) + " "));
        }
        return lines;
    }

    private static String firstPid(List<String> lines) {
        return lines.isEmpty() ? "" : lines.get(0).split("\\s+", 2)[0];
    }

    /** One socket address a traced network call named. */
    record Address(String family, String address, boolean loopback, String line) {
    }

    /** The lines of network calls whose destination is neither local (Unix, netlink, unspecified) nor loopback. */
    static List<String> offLoopback(List<String> log) {
        return addresses(log).stream().filter(a -> !a.loopback() && !isLocalFamily(a.family())).map(Address::line).distinct().toList();
    }

    static List<Address> addresses(List<String> log) {
        List<Address> out = new ArrayList<>();
        for (String line : log) {
            if (!NETWORK_CALLS.contains(syscall(line))) {
                continue;
            }
            Matcher m = FAMILY.matcher(line);
            while (m.find()) {
                String family = m.group(1);
                int end = line.indexOf('}', m.end());
                String rest = line.substring(m.end(), end < 0 ? line.length() : end);
                String address = switch (family) {
                    case "AF_INET" -> group(IPV4, rest);
                    case "AF_INET6" -> group(IPV6, rest);
                    default -> null;
                };
                out.add(new Address(family, address, address != null && isLoopback(address), line));
            }
        }
        return out;
    }

    private static boolean isLocalFamily(String family) {
        return family.equals("AF_UNIX") || family.equals("AF_LOCAL") || family.equals("AF_NETLINK") || family.equals("AF_UNSPEC");
    }

    private static boolean isLoopback(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            return false; // only literals: never let a name reach the resolver
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static String syscall(String line) {
        Matcher m = SYSCALL.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty()).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The control's child: one connection from a Java thread to a listener on loopback, nothing else. */
    static final class LoopbackProbe {
        public static void main(String[] args) throws IOException {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            try (ServerSocket server = new ServerSocket(0, 1, loopback);
                    Socket client = new Socket(loopback, server.getLocalPort());
                    Socket accepted = server.accept()) {
                client.getOutputStream().write(1);
                accepted.getInputStream().read();
            }
        }
    }
}
