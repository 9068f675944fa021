package org.ortak.events.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.ortak.OrtakTest;
import org.ortak.TestActors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's gallery as its keepers and readers see it: a photo is cleaned of what its
 * file said beside its pixels, refused when it is no photo, shown to readers only while
 * everyone in it consents, gone with a person's erasure, and shown in a news post.
 */
@OrtakTest
class PhotoTests {

	private static final String ADMIN_TOKEN = "Bearer test-admin-api-token-0123456789";

	/** What a phone writes beside the pixels: the test looks for it in what is served. */
	private static final String SECRET = "GPS 40.7654 29.9408 Kocaeli Kongre Merkezi";

	@Autowired
	MockMvc mvc;

	private String event;

	private String person;

	@BeforeEach
	void aPublicWorkshopAndAPersonWithoutConsentToPhotos() throws Exception {
		LocalDateTime start = LocalDateTime.now().plusMonths(1).withHour(9).withMinute(30).withSecond(0).withNano(0);
		this.event = JsonPath.read(api(post("/api/v1/events"), """
				{"kind": "WORKSHOP", "titles": {"tr": "Kadın Kooperatifleri Çalıştayı"},
				 "start": "%s", "end": "%s", "timeZone": "Europe/Istanbul"}""".formatted(start, start.plusHours(7)),
				201), "$.id");
		this.person = JsonPath.read(api(post("/api/v1/people"), """
				{"name": "Sevgi Arslan", "gender": "FEMALE"}""", 201), "$.id");
	}

	@Test
	void aPhotoIsCleanedAndShownToReadersOnlyWhileEveryoneInItConsents() throws Exception {
		String uploaded = upload(jpegWithComment(), "Kooperatif üyeleri ürünlerini tanıtıyor", this.person)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.published").value(false))
			.andExpect(jsonPath("$.people[0].consented").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photo = JsonPath.read(uploaded, "$.id");

		// not consented: readers see no photo, its keepers do, never kept by a cache
		this.mvc.perform(get("/api/v1/events/" + this.event + "/photos")).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/photos/" + photo)).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + this.event + "/photos"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(photo))));
		byte[] served = this.mvc.perform(get("/api/v1/photos/" + photo).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(800);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
		byte[] thumbnail = this.mvc
			.perform(get("/photos/" + photo + "/thumbnail").with(TestActors.signedIn(TestActors.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(480);

		// consented: shown to anyone, on the event's page too
		api(post("/api/v1/people/" + this.person + "/consents"), """
				{"purpose": "PHOTOS", "detail": "Çalıştay fotoğrafları için sözlü onay"}""", 200);
		this.mvc.perform(get("/api/v1/events/" + this.event + "/photos"))
			.andExpect(jsonPath("$[0].id").value(photo))
			.andExpect(jsonPath("$[0].alt").value("Kooperatif üyeleri ürünlerini tanıtıyor"))
			// who is in it is for its keepers
			.andExpect(jsonPath("$[0].people", hasSize(0)));
		this.mvc.perform(get("/photos/" + photo))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")));
		this.mvc.perform(get("/events/" + this.event))
			.andExpect(content().string(containsString("/photos/" + photo + "/thumbnail")))
			.andExpect(content().string(containsString("alt=\"Kooperatif üyeleri ürünlerini tanıtıyor\"")));

		// withdrawn: down at once
		this.mvc
			.perform(delete("/api/v1/people/" + this.person + "/consents/PHOTOS").header(HttpHeaders.AUTHORIZATION,
					ADMIN_TOKEN))
			.andExpect(status().isOk());
		this.mvc.perform(get("/photos/" + photo)).andExpect(status().isNotFound());
	}

	@Test
	void whatIsNoPhotoOrSaysNothingOfItselfIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "photo.jpg", "image/jpeg",
				"not a photo at all".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(apiUpload(text, "Bir fotoğraf").header("Accept-Language", "tr"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("JPEG")));
		// a tiny PNG claiming 100,000 × 100,000 pixels is refused from its header
		this.mvc.perform(apiUpload(new MockMultipartFile("file", "bomb.png", "image/png", bombPng()), "Bomba"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		// a photo without its text for who cannot see it
		this.mvc
			.perform(apiUpload(new MockMultipartFile("file", "a.jpg", "image/jpeg", jpegWithComment()), null)
				.header("Accept-Language", "fa"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alt"));
		this.mvc.perform(get("/api/v1/events/" + this.event + "/photos").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$", hasSize(0)));
		// only who keeps the event uploads
		this.mvc
			.perform(multipart("/api/v1/events/" + this.event + "/photos")
				.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", jpegWithComment()))
				.param("alt", "x"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(multipart("/events/" + this.event + "/photos")
				.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", jpegWithComment()))
				.param("alt", "x")
				.with(csrf())
				.with(TestActors.signedIn(TestActors.manager(java.util.UUID.randomUUID()))))
			.andExpect(status().isForbidden());
		// the page's form keeps what was typed beside the error
		this.mvc
			.perform(multipart("/events/" + this.event + "/photos").file(text)
				.param("alt", "Açılış konuşması")
				.param("caption", "Kongre Merkezi, 4 Kasım")
				.with(csrf())
				.with(TestActors.signedIn(TestActors.admin()))
				.header("Accept-Language", "tr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ılış konuşması\"")))
			.andExpect(content().string(containsString("value=\"Kongre Merkezi, 4 Kasım\"")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void aPersonsErasureTakesThePhotosShowingThemAndANewsPostShowsOnlyConsentedPhotosOfItsEvent() throws Exception {
		String photo = JsonPath.read(upload(jpegWithComment(), "Atölye", this.person).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String landscape = JsonPath
			.read(upload(jpegWithComment(), "Kongre Merkezi'nin girişi", null).andExpect(status().isCreated())
				.andExpect(jsonPath("$.published").value(true))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		String post = JsonPath.read(api(post("/api/v1/news"), """
				{"texts": {"tr": {"title": "Çalıştaydan kareler", "body": "Kooperatifler buluştu."}},
				 "eventId": "%s", "photos": ["%s", "%s"]}""".formatted(this.event, photo, landscape), 201), "$.id");
		api(post("/api/v1/news/" + post + "/publication"), "{\"published\": true}", 200);
		// the photo without consent stays out of the post
		this.mvc.perform(get("/api/v1/news/" + post))
			.andExpect(jsonPath("$.photos", hasSize(1)))
			.andExpect(jsonPath("$.photos[0].id").value(landscape));
		this.mvc.perform(get("/news/" + post))
			.andExpect(content().string(containsString("/photos/" + landscape + "/thumbnail")))
			.andExpect(content().string(containsString("og:image")))
			.andExpect(content().string(not(containsString(photo))));
		// a photo naming nobody waits, unseen, until its keeper says nobody in it can be
		// recognised
		String unsaid = JsonPath.read(this.mvc
			.perform(apiUpload(new MockMultipartFile("file", "b.jpg", "image/jpeg", jpegWithComment()), "Salon"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.published").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc.perform(get("/photos/" + unsaid)).andExpect(status().isNotFound());
		api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/events/" + this.event + "/photos/" + unsaid), """
					{"alt": "Salon", "people": [null], "nobodyRecognisable": true}""", 200);
		this.mvc.perform(get("/photos/" + unsaid)).andExpect(status().isOk());
		// a photo of another event is not the post's to show
		String other = JsonPath.read(api(post("/api/v1/events"), """
				{"kind": "SEMINAR", "titles": {"az": "Seminar"}, "start": "2027-03-01T10:00",
				 "end": "2027-03-01T12:00", "timeZone": "Asia/Baku"}""", 201), "$.id");
		api(post("/api/v1/news"), """
				{"texts": {"tr": {"title": "Başka"}}, "eventId": "%s", "photos": ["%s"]}""".formatted(other, landscape),
				400);

		api(post("/api/v1/people/" + this.person + "/erase"), null, 200);
		this.mvc.perform(get("/api/v1/events/" + this.event + "/photos").header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].id").value(landscape));
		this.mvc.perform(get("/api/v1/photos/" + photo).header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] jpeg, String alt, String person)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = apiUpload(
				new MockMultipartFile("file", "IMG_0042.JPG", "image/jpeg", jpeg), alt);
		if (person != null) {
			request.param("people", person);
		}
		else {
			request.param("nobodyRecognisable", "true");
		}
		return this.mvc.perform(request);
	}

	private MockMultipartHttpServletRequestBuilder apiUpload(MockMultipartFile file, String alt) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/events/" + this.event + "/photos")
			.file(file);
		if (alt != null) {
			request.param("alt", alt);
		}
		request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN);
		return request;
	}

	private String api(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, ADMIN_TOKEN);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** An 800 × 600 JPEG with a comment segment saying where it was taken. */
	private static byte[] jpegWithComment() throws IOException {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2a6f97));
		g.fillRect(0, 0, 800, 600);
		g.setColor(Color.ORANGE);
		g.fillOval(200, 100, 400, 400);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		byte[] jpeg = out.toByteArray();
		byte[] comment = SECRET.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream with = new ByteArrayOutputStream();
		with.write(jpeg, 0, 2);
		with.write(0xFF);
		with.write(0xFE);
		with.write((comment.length + 2) >> 8);
		with.write((comment.length + 2) & 0xFF);
		with.write(comment);
		with.write(jpeg, 2, jpeg.length - 2);
		return with.toByteArray();
	}

	/** A PNG's header claiming 100,000 × 100,000 pixels, with a correct checksum. */
	private static byte[] bombPng() {
		java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13);
		header.putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(type);
		crc.update(header.array());
		java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 4 + 13 + 4 + 12);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		png.putInt(13).put(type).put(header.array()).putInt((int) crc.getValue());
		png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
		return png.array();
	}

}
