package org.ortak.news;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.ortak.shared.security.Actor;

/**
 * The published posts as an Atom feed, each with its summary and its body as HTML.
 */
@Controller
class NewsFeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final News news;

	private final MessageSource messages;

	private final String baseUrl;

	NewsFeedController(News news, MessageSource messages, @Value("${ortak.base-url}") String baseUrl) {
		this.news = news;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/news/feed.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		List<PostView> posts = this.news.list(null, null, 0, 50, Actor.ANONYMOUS).items();
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "title", this.messages.getMessage("news.feed.title", null, LocaleContextHolder.getLocale()));
		element(xml, "id", this.baseUrl + "/news/feed.atom");
		// the feed changes with the latest post written or edited
		element(xml, "updated",
				posts.stream().map(PostView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH).toString());
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("href", this.baseUrl + "/news/feed.atom");
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("app.name", null, LocaleContextHolder.getLocale()));
		xml.writeEndElement();
		for (PostView post : posts) {
			String link = this.baseUrl + "/news/" + post.id();
			xml.writeStartElement("entry");
			xml.writeAttribute("xml:lang", post.language());
			element(xml, "title", post.title());
			element(xml, "id", link);
			element(xml, "published", post.publishedAt().toString());
			element(xml, "updated", post.updatedAt().toString());
			xml.writeEmptyElement("link");
			xml.writeAttribute("href", link);
			if (post.summary() != null) {
				element(xml, "summary", post.summary());
			}
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(post.html());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(text.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters((value != null) ? value : "");
		xml.writeEndElement();
	}

}
