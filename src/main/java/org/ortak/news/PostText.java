package org.ortak.news;

import jakarta.persistence.Embeddable;

/**
 * A post in one language: its title, a summary for lists and link previews, and its body
 * in Markdown.
 */
@Embeddable
record PostText(String title, String summary, String body) {

}
