/**
 * What the organisation tells reporters in its own words: the pages reporters read (privacy notice,
 * accessibility statement, support, what happens next, covering your tracks) and the passages shown
 * inside the report form (what anonymity means, and that details can identify). Each has a default
 * an organisation edits rather than writes from nothing; the body is Markdown, rendered by the web
 * adapter.
 */
package org.confide.domain.content;
