package org.ortak.organizations;

import java.io.StringWriter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;

import org.ortak.organizations.Subscriptions.Change;
import org.ortak.regions.Regions;
import org.ortak.shared.NotFound;
import org.ortak.shared.Violations;

/**
 * The latest changes in an area as an Atom feed: what a subscription mails, for anyone's
 * feed reader, with the same region, box and kinds.
 */
@Controller
class ChangeFeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final Subscriptions subscriptions;

	private final Regions regions;

	private final MessageSource messages;

	private final String baseUrl;

	ChangeFeedController(Subscriptions subscriptions, Regions regions, MessageSource messages,
			@Value("${ortak.base-url}") String baseUrl) {
		this.subscriptions = subscriptions;
		this.regions = regions;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@GetMapping("/feeds/changes.atom")
	ResponseEntity<String> changes(@RequestParam(required = false) UUID region,
			@RequestParam(required = false) String bbox, @RequestParam(required = false) Set<OrganizationKind> kind)
			throws XMLStreamException {
		Violations violations = new Violations();
		MapGrid.Box box = (bbox != null && !bbox.isBlank()) ? MapGrid.Box.parse(bbox, violations) : null;
		violations.throwIfAny();
		String path = null;
		if (region != null) {
			path = this.regions.find(region).orElseThrow(NotFound::new).path();
		}
		List<Change> changes = this.subscriptions.changes(Instant.EPOCH, path, box,
				(kind != null) ? kind : EnumSet.noneOf(OrganizationKind.class));
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "title",
				this.messages.getMessage("subscriptions.feed.title", null, LocaleContextHolder.getLocale()));
		element(xml, "id", this.baseUrl + "/feeds/changes.atom" + ((region != null) ? "?region=" + region : ""));
		element(xml, "updated", (changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()).toString());
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("app.name", null, LocaleContextHolder.getLocale()));
		xml.writeEndElement();
		for (Change change : changes) {
			String link = this.baseUrl + "/directory/" + change.id();
			xml.writeStartElement("entry");
			element(xml, "title", change.name());
			element(xml, "id", link + "#" + change.at().toEpochMilli());
			element(xml, "updated", change.at().toString());
			xml.writeEmptyElement("link");
			xml.writeAttribute("href", link);
			element(xml, "summary",
					this.messages.getMessage("organizations.kind." + change.kind(), null,
							LocaleContextHolder.getLocale())
							+ ((change.regionName() != null) ? " · " + change.regionName() : ""));
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
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
