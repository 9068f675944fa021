import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collaboration graph's benchmark (issue 14), against a running Ortak with the demo's
 * regions: ORGANIZATIONS organizations made through the API in the demo's places, NETWORKS
 * networks with MEMBERS members each (a union of UNION members among them) and AGREEMENTS
 * agreements of two parties; then the graph read whole (grouped by region and kind), for
 * one kind, and for one district, each several times: the median time and the size on the
 * wire, with the nodes and edges the browser draws.
 *
 * java bench/graph/GraphBench.java BASE_URL TOKEN ORGANIZATIONS NETWORKS MEMBERS UNION AGREEMENTS
 */
public class GraphBench {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final String[] KINDS = { "COOPERATIVE", "COOPERATIVE", "COOPERATIVE", "ASSOCIATION", "COMPANY",
			"FOUNDATION", "PUBLIC_AUTHORITY", "UNIVERSITY" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		int organizations = Integer.parseInt(args[2]);
		int networks = Integer.parseInt(args[3]);
		int members = Integer.parseInt(args[4]);
		int union = Integer.parseInt(args[5]);
		int agreements = Integer.parseInt(args[6]);
		Random random = new Random(14);

		Set<String> regions = new LinkedHashSet<>();
		for (String q : List.of("Bursa", "Osmangazi", "Nilüfer", "Kocaeli", "Kartepe", "İzmit", "Zanjan", "Gəncə",
				"Kielce", "Świętokrzyskie")) {
			Matcher m = ID.matcher(get(base + "/regions/choices?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
					null).body());
			while (m.find()) {
				regions.add(m.group(1));
			}
		}
		List<String> places = new ArrayList<>(regions);
		String district = places.get(1);

		long t = System.nanoTime();
		List<String> orgs = Collections.synchronizedList(new ArrayList<>());
		parallel(organizations, (i) -> orgs.add(id(post(base + "/api/v1/organizations", token,
				"""
						{"name": "Kuruluş %d", "kind": "%s", "regionId": "%s"}""".formatted(i, KINDS[i % KINDS.length],
						places.get(i % places.size()))))));
		double orgSeconds = (System.nanoTime() - t) / 1e9;

		t = System.nanoTime();
		List<String> made = Collections.synchronizedList(new ArrayList<>());
		parallel(networks, (i) -> made.add(id(post(base + "/api/v1/networks", token,
				"""
						{"kind": "%s", "names": {"tr": "Ağ %d"}}""".formatted(i == 0 ? "UNION" : "PLATFORM", i)))));
		List<String[]> memberships = new ArrayList<>();
		for (int n = 0; n < made.size(); n++) {
			int size = (n == 0) ? union : members;
			Set<String> chosen = new LinkedHashSet<>();
			while (chosen.size() < Math.min(size, orgs.size())) {
				chosen.add(orgs.get(random.nextInt(orgs.size())));
			}
			for (String org : chosen) {
				memberships.add(new String[] { made.get(n), org });
			}
		}
		parallel(memberships.size(), (i) -> post(base + "/api/v1/networks/" + memberships.get(i)[0] + "/members",
				token, "{\"organizationId\": \"%s\", \"role\": \"MEMBER\"}".formatted(memberships.get(i)[1])));
		List<String[]> pairs = new ArrayList<>();
		for (int i = 0; i < agreements; i++) {
			String a = orgs.get(random.nextInt(orgs.size()));
			String b = orgs.get(random.nextInt(orgs.size()));
			if (!a.equals(b)) {
				pairs.add(new String[] { a, b });
			}
		}
		parallel(pairs.size(), (i) -> post(base + "/api/v1/agreements", token, """
				{"kind": "MOU", "status": "ACTIVE", "language": "tr", "title": "Protokol %d", "parties": ["%s", "%s"]}"""
			.formatted(i, pairs.get(i)[0], pairs.get(i)[1])));
		double linkSeconds = (System.nanoTime() - t) / 1e9;

		System.out.printf("| organizations made through the API | %d in %.0f s |%n", orgs.size(), orgSeconds);
		System.out.printf("| networks, memberships, agreements made | %d, %d, %d in %.0f s |%n", made.size(),
				memberships.size(), pairs.size(), linkSeconds);
		measure("whole register (grouped)", base + "/api/v1/graph", token);
		measure("cooperatives only", base + "/api/v1/graph?kind=COOPERATIVE", token);
		measure("one district", base + "/api/v1/graph?region=" + district, token);
	}

	private static void measure(String what, String url, String token) throws Exception {
		List<Long> millis = new ArrayList<>();
		HttpResponse<byte[]> last = null;
		for (int i = 0; i < 8; i++) {
			long t = System.nanoTime();
			// as a browser asks for it: compressed
			last = http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + token)
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (last.statusCode() != 200) {
				throw new IllegalStateException(last.statusCode() + " " + new String(last.body()));
			}
			if (i > 0) {
				millis.add((System.nanoTime() - t) / 1_000_000);
			}
		}
		Collections.sort(millis);
		boolean gzipped = last.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
		String body = new String(gzipped
				? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(last.body())).readAllBytes()
				: last.body(), StandardCharsets.UTF_8);
		System.out.printf("| graph, %s: median / max time | %d ms / %d ms |%n", what, millis.get(millis.size() / 2),
				millis.get(millis.size() - 1));
		System.out.printf("| graph, %s: on the wire (gzip) / JSON, nodes, edges, aggregated | %,d / %,d bytes, %d nodes, %d edges, %s |%n",
				what, last.body().length, body.getBytes(StandardCharsets.UTF_8).length, count(body, "\"type\":"),
				count(body, "\"source\":"), body.contains("\"aggregated\":true"));
	}

	private static int count(String body, String what) {
		int n = 0;
		for (int at = body.indexOf(what); at >= 0; at = body.indexOf(what, at + 1)) {
			n++;
		}
		return n;
	}

	interface Step {

		void run(int i) throws Exception;

	}

	private static void parallel(int count, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				step.run(n);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private static String id(HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		Matcher id = ID.matcher(response.body());
		id.find();
		return id.group(1);
	}

	private static HttpResponse<String> post(String url, String token, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(url + " " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	private static HttpResponse<String> get(String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
