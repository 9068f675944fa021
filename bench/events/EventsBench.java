import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events benchmark (issue 13), against a running Ortak: registrations per second for
 * one event, sent all at once by many clients, with its capacity checked exact after; then
 * the public calendar feed's time with many events.
 *
 * java bench/events/EventsBench.java BASE_URL TOKEN REGISTRATIONS CAPACITY CLIENTS EVENTS
 */
public class EventsBench {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int registrations = Integer.parseInt(args[2]);
		int capacity = Integer.parseInt(args[3]);
		int clients = Integer.parseInt(args[4]);
		int events = Integer.parseInt(args[5]);

		String event = create(base, token, LocalDateTime.now().plusMonths(2), capacity, "Kadın Kooperatifleri Çalıştayı");
		// warm-up on another event, so the measured run meets a warm JIT
		String warm = create(base, token, LocalDateTime.now().plusMonths(2), 50, "Isınma");
		run(base, token, warm, 300, clients);

		long[] latencies = new long[registrations];
		long start = System.nanoTime();
		AtomicInteger failed = run(base, token, event, registrations, clients, latencies);
		double seconds = (System.nanoTime() - start) / 1e9;
		String after = get(base + "/api/v1/events/" + event, token).body();
		long confirmed = number(after, "confirmed");
		long waiting = number(after, "waiting");
		long[] sorted = latencies.clone();
		java.util.Arrays.sort(sorted);

		// the feed: many public events, then the whole feed read
		long made = System.nanoTime();
		int[] created = new int[1];
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				create(base, token, LocalDateTime.of(2026, 1, 1, 10, 0).plusHours(n * 7L), null, "Etkinlik " + n);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
			created[0]++;
		}
		pool.shutdown();
		double createSeconds = (System.nanoTime() - made) / 1e9;
		List<Long> feedMillis = new ArrayList<>();
		int vevents = 0;
		long bytes = 0;
		for (int i = 0; i < 6; i++) {
			long t = System.nanoTime();
			HttpResponse<String> feed = get(base + "/events/calendar.ics?from=2000-01-01", null);
			long millis = (System.nanoTime() - t) / 1_000_000;
			if (i > 0) {
				feedMillis.add(millis);
			}
			vevents = feed.body().split("BEGIN:VEVENT", -1).length - 1;
			bytes = feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		}
		Collections.sort(feedMillis);

		System.out.printf("| registrations sent at once | %d by %d clients for %d places |%n", registrations, clients,
				capacity);
		System.out.printf("| registrations per second | %.0f (%.2f s) |%n", registrations / seconds, seconds);
		System.out.printf("| latency p50 / p95 / max | %d / %d / %d ms |%n", sorted[sorted.length / 2] / 1_000_000,
				sorted[(int) (sorted.length * 0.95)] / 1_000_000, sorted[sorted.length - 1] / 1_000_000);
		System.out.printf("| failed requests | %d |%n", failed.get());
		System.out.printf("| confirmed / waiting after | %d / %d — capacity %s |%n", confirmed, waiting,
				(confirmed == capacity && waiting == registrations - capacity) ? "exact" : "NOT EXACT");
		System.out.printf("| events made for the feed | %d in %.1f s (%.0f a second) |%n", created[0], createSeconds,
				created[0] / createSeconds);
		System.out.printf("| calendar feed, whole | %d events, %.1f MB; median %d ms, max %d ms (of %d reads) |%n",
				vevents, bytes / 1048576.0, feedMillis.get(feedMillis.size() / 2),
				feedMillis.get(feedMillis.size() - 1), feedMillis.size());
	}

	private static AtomicInteger run(String base, String token, String event, int count, int clients)
			throws Exception {
		return run(base, token, event, count, clients, new long[count]);
	}

	private static AtomicInteger run(String base, String token, String event, int count, int clients,
			long[] latencies) throws Exception {
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		String run = Long.toString(System.nanoTime(), 36);
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					String body = """
							{"name": "Katılımcı %d", "gender": "FEMALE", "email": "k%d.%s@example.org",
							 "organizationName": "Kartepe Kadın Kooperatifi", "function": "Üye", "consent": true}"""
						.formatted(i, i, run);
					long t = System.nanoTime();
					HttpResponse<String> response = post(base + "/api/v1/events/" + event + "/registrations", token,
							body);
					latencies[i] = System.nanoTime() - t;
					if (response.statusCode() != 201) {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return failed;
	}

	private static String create(String base, String token, LocalDateTime start, Integer capacity, String title)
			throws Exception {
		String body = """
				{"kind": "WORKSHOP", "titles": {"tr": "%s"}, "start": "%s", "end": "%s",
				 "timeZone": "Europe/Istanbul", "capacity": %s}""".formatted(title, start.withNano(0),
				start.plusHours(6).withNano(0), capacity);
		HttpResponse<String> response = post(base + "/api/v1/events", token, body);
		if (response.statusCode() != 201) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		Matcher id = ID.matcher(response.body());
		id.find();
		return id.group(1);
	}

	private static long number(String json, String name) {
		Matcher matcher = Pattern.compile(NUMBER.pattern().formatted(name)).matcher(json);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
	}

	private static HttpResponse<String> post(String url, String token, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
