<?xml version="1.0" encoding="UTF-8"?>
<!--
  The behaviours of the web edition: the small set of named templates that common/ calls once it has
  decided what a TEI element is. Each makes HTML for the context TEI element and keeps the TEI visible
  (class "tei-persName", data-* for the TEI attributes, xml:id as id, xml:lang as lang), so CSS and
  scripts key on TEI rather than on guesses. The print edition overrides some of these.
  Anything the edition adds to the source's words (numbers, marks, labels) carries class "ed-added",
  so readers' tools and the tests can tell the text from the apparatus.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- The HTML element for each block and inline role that common/ asks for. -->
  <xsl:variable name="t:html-element" as="map(xs:string, xs:string)" select="map {
    'paragraph': 'p', 'quotation': 'blockquote', 'list': 'ul', 'ordered-list': 'ol', 'item': 'li',
    'gloss-list': 'dl', 'term': 'dt', 'gloss': 'dd', 'verse': 'div', 'line': 'div', 'block': 'div',
    'table': 'table', 'row': 'tr', 'cell': 'td', 'header-cell': 'th', 'caption': 'p', 'figure': 'figure',
    'figure-description': 'p', 'address': 'address', 'front': 'section', 'back': 'section', 'division': 'section',
    'inline': 'span', 'emphasis': 'em', 'title': 'cite', 'superscript': 'sup', 'subscript': 'sub', 'code': 'code',
    'deletion': 'del', 'addition': 'ins', 'apparatus': 'span',
    'cast-item': 'li'}"/>

  <!-- HTML elements that cannot sit inside a p (a TEI p holding a list or table becomes a div). -->
  <xsl:variable name="t:html-blocks" as="xs:string+" select="('div', 'p', 'ul', 'ol', 'dl', 'blockquote',
    'table', 'figure', 'section', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'aside', 'hr')"/>

  <xsl:function name="t:token" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="replace(lower-case($value), '[^a-z0-9_\-]+', '-')"/>
  </xsl:function>

  <!-- class, id, lang and data-* for the context TEI element. -->
  <xsl:template name="t:attributes" as="attribute()*">
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="with-id" as="xs:boolean" select="true()"/>
    <!-- t:copy: true while the page shows an element a second time (the source in the title block):
         the copy has no ids, so every id of the page stays unique -->
    <xsl:param name="t:copy" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:attribute name="class" select="string-join(distinct-values(('tei-' || local-name(),
      @type ! ('type-' || t:token(.)), tokenize(@rend) ! ('rend-' || t:token(.)), $classes)), ' ')"/>
    <xsl:if test="@xml:id and $with-id and not($t:copy)"><xsl:attribute name="id" select="t:html-id(.)"/></xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
    <xsl:for-each select="@*[not(namespace-uri())][not(local-name() = ('style', 'class', 'id'))]">
      <xsl:attribute name="data-{t:token(local-name())}" select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="t:block" as="node()*">
    <xsl:param name="role" as="xs:string" select="'block'"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <!-- numbered: false() when a block inside carries the element's number (a quotation of phrases) -->
    <xsl:param name="numbered" as="xs:boolean" select="true()"/>
    <xsl:variable name="number" as="xs:integer?" select="t:paragraph-number(.)[$numbered]"/>
    <xsl:variable name="name" as="xs:string" select="
      if ($role eq 'caption' and parent::table) then 'caption'
      else if ($role eq 'caption' and parent::figure) then 'figcaption'
      else if ($role eq 'paragraph' and $content[self::*][local-name() = $t:html-blocks]) then 'div'
      else ($t:html-element?($role), 'div')[1]"/>
    <xsl:element name="{$name}">
      <xsl:call-template name="t:attributes">
        <xsl:with-param name="classes" select="($number ! 'numbered', $classes)"/>
        <xsl:with-param name="with-id" select="empty($number)"/>
      </xsl:call-template>
      <xsl:if test="self::cell">
        <xsl:if test="t:cell-columns(.) gt 1"><xsl:attribute name="colspan" select="t:cell-columns(.)"/></xsl:if>
        <xsl:if test="@rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      </xsl:if>
      <xsl:if test="exists($number)">
        <xsl:attribute name="id" select="'p' || $number"/>
        <xsl:if test="@xml:id"><span id="{t:html-id(.)}" class="anchor"/></xsl:if>
        <a class="pnum ed-added" href="#p{$number}" aria-label="{t:label('paragraph', string($number))}">{$number}</a>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="t:inline" as="node()*">
    <xsl:param name="role" as="xs:string" select="'inline'"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <xsl:element name="{($t:html-element?($role), 'span')[1]}">
      <xsl:call-template name="t:attributes">
        <xsl:with-param name="classes" select="($classes, 'ed-added'[$role eq 'apparatus'],
          'reading-diplomatic'[$role eq 'diplomatic'])"/>
      </xsl:call-template>
      <xsl:if test="$title[normalize-space()]"><xsl:attribute name="title" select="$title"/></xsl:if>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <!-- An element no rule knows: its content, in a span or (if it holds blocks) a div. -->
  <xsl:template name="t:unknown" as="node()*">
    <xsl:variable name="content" as="node()*"><xsl:apply-templates mode="t:text"/></xsl:variable>
    <xsl:element name="{if ($content[self::*][local-name() = $t:html-blocks]) then 'div' else 'span'}">
      <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="'tei-unknown'"/></xsl:call-template>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="t:section" as="node()*">
    <xsl:param name="role" as="xs:string" select="'division'"/>
    <xsl:param name="id" as="xs:string?" select="self::*[@xml:id] ! t:html-id(.)"/>
    <section>
      <xsl:call-template name="t:attributes"><xsl:with-param name="with-id" select="false()"/></xsl:call-template>
      <xsl:if test="$id"><xsl:attribute name="id" select="$id"/></xsl:if>
      <xsl:if test="head and $id"><xsl:attribute name="aria-labelledby" select="$id || '-h'"/></xsl:if>
      <xsl:apply-templates mode="t:text"/>
    </section>
  </xsl:template>

  <!-- Headings of the text start at h2: h1 is the edition's title. -->
  <xsl:template name="t:heading" as="node()*">
    <xsl:param name="level" as="xs:integer" select="1"/>
    <xsl:element name="h{min((6, $level + 1))}">
      <xsl:call-template name="t:attributes"/>
      <xsl:if test="not(@xml:id) and not(preceding-sibling::head)">
        <xsl:attribute name="id" select="t:division-id(..) || '-h'"/>
      </xsl:if>
      <xsl:apply-templates mode="t:text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="t:link" as="node()*">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="classes" as="xs:string*" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <a href="{$href}">
      <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="$classes"/></xsl:call-template>
      <xsl:if test="not(t:is-local-uri($href))"><xsl:attribute name="rel" select="'external'"/></xsl:if>
      <xsl:sequence select="$content"/>
    </a>
  </xsl:template>

  <xsl:template name="t:break" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="label" as="xs:string?" select="()"/>
    <!-- facsimile: the page's image (pb/@facs); the marker links to it where the page can reach it -->
    <xsl:param name="facsimile" as="xs:string?" select="()"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'line'">
        <br><xsl:call-template name="t:attributes"/></br>
      </xsl:when>
      <xsl:when test="$kind eq 'caesura'">
        <span><xsl:call-template name="t:attributes"/><xsl:text> </xsl:text></span>
      </xsl:when>
      <xsl:when test="$kind eq 'anchor'">
        <span><xsl:call-template name="t:attributes"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span role="note">
          <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="'ed-added'"/></xsl:call-template>
          <xsl:if test="not(@xml:id)"><xsl:attribute name="id" select="$kind || '-' || (count(preceding::*[local-name() = local-name(current())]) + 1)"/></xsl:if>
          <xsl:if test="$kind eq 'page' and @n"><xsl:attribute name="aria-label" select="t:label('page-long', string(@n))"/></xsl:if>
          <xsl:variable name="href" as="xs:string?" select="$facsimile ! t:image-at(., .)"/>
          <xsl:choose>
            <xsl:when test="exists($href)">
              <a class="break-label facsimile-link" href="{$href}" title="{t:label('facsimile')}"><xsl:if
                test="t:is-remote-resource($href)"><xsl:attribute name="rel" select="'external'"/></xsl:if>{($label[normalize-space()], '|')[1]}</a>
            </xsl:when>
            <xsl:otherwise><span class="break-label">{($label[normalize-space()], '|')[1]}</span></xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The call mark of a note. Editorial notes: their number; the source's own notes: its mark, styled
       apart and saying that the note's text is not part of the excerpt. -->
  <xsl:template name="t:note-call" as="node()*">
    <xsl:variable name="id" as="xs:string" select="t:note-id(.)"/>
    <xsl:variable name="source" as="xs:boolean" select="t:is-source-note(.)"/>
    <xsl:variable name="label" as="xs:string" select="if ($source) then t:label('source-note', t:note-mark(.))
      else t:label('note', t:note-mark(.))"/>
    <sup class="ed-added note-call-wrap">
      <a id="{t:note-call-id(.)}" href="#{$id}" data-popover="{$id}" aria-label="{$label}"
        class="{if ($source) then 'source-note-call' else 'note-call'}" role="doc-noteref">
        <xsl:if test="$source"><xsl:attribute name="title" select="$label"/></xsl:if>
        <xsl:value-of select="t:note-mark(.)"/>
      </a>
    </sup>
  </xsl:template>

  <!-- A link from text to its image in the facsimile (where the page can reach the image). -->
  <xsl:template name="t:facsimile-link" as="element()?">
    <xsl:param name="url" as="xs:string"/>
    <xsl:for-each select="t:image-at($url, $url)">
      <a class="facs-link ed-added" href="{.}" title="{t:label('facsimile')}" aria-label="{t:label('facsimile')}">
        <xsl:if test="t:is-remote-resource(.)"><xsl:attribute name="rel" select="'external'"/></xsl:if>⧉</a>
    </xsl:for-each>
  </xsl:template>

  <!-- An editorial mark standing for something that is not there (a gap): "[… illegible]". -->
  <xsl:template name="t:mark" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <span title="{$title}" role="note">
      <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="('ed-added', 'editorial-mark')"/></xsl:call-template>
      <xsl:text>[{$text}]</xsl:text>
    </span>
  </xsl:template>

  <!-- A mention of a person, place, organisation or event. With a register entry it is a link to the
       entry (the script turns the link into a popover). A mention that holds links of its own (nested
       mentions, note calls) cannot be one link: it becomes a span whose own words link to the entry. -->
  <xsl:template name="t:mention" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="target" as="element()?"/>
    <xsl:param name="number" as="xs:integer?"/>
    <xsl:variable name="href" as="xs:string?" select="($target ! ('#' || t:html-id(.)), t:external-ref(.))[1]"/>
    <xsl:variable name="split" as="xs:boolean" select="exists($href) and exists(
      descendant::*[t:is-mention(.) or self::note or self::ref or self::ptr])"/>
    <xsl:element name="{if (exists($href) and not($split)) then 'a' else 'span'}">
      <xsl:call-template name="t:attributes">
        <xsl:with-param name="classes" select="('mention', 'kind-' || $kind)"/>
      </xsl:call-template>
      <xsl:if test="exists($number)"><xsl:attribute name="id" select="'m' || $number"/></xsl:if>
      <xsl:attribute name="data-kind" select="$kind"/>
      <xsl:if test="$target"><xsl:attribute name="data-entity" select="t:html-id($target)"/></xsl:if>
      <xsl:if test="exists($href) and not($split)"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:if test="not($target) and exists($href)"><xsl:attribute name="rel" select="'external'"/></xsl:if>
      <xsl:apply-templates mode="t:text">
        <xsl:with-param name="t:segment-link" tunnel="yes" select="if ($split) then $target else ()"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- Words of a split mention: each run of text links to the mention's entry. -->
  <xsl:template match="text()" mode="t:text" as="node()*">
    <xsl:param name="t:segment-link" tunnel="yes" as="element()?" select="()"/>
    <xsl:choose>
      <xsl:when test="$t:segment-link and normalize-space(.)">
        <a class="mention-segment" href="#{t:html-id($t:segment-link)}" data-entity="{t:html-id($t:segment-link)}">{.}</a>
      </xsl:when>
      <xsl:when test="t:in-small-caps(.)"><xsl:sequence select="t:caps(.)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Nested mentions start afresh: their words link to their own entry. -->
  <xsl:template match="*[t:is-mention(.)]" mode="t:text" priority="3" as="node()*">
    <xsl:next-match>
      <xsl:with-param name="t:segment-link" tunnel="yes" select="()"/>
    </xsl:next-match>
  </xsl:template>

  <xsl:template name="t:date" as="node()*">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:variable name="in-text" as="xs:boolean" select="exists(ancestor::text)"/>
    <span>
      <xsl:call-template name="t:attributes">
        <xsl:with-param name="classes" select="('mention', 'kind-date')[$in-text]"/>
      </xsl:call-template>
      <xsl:if test="$in-text"><xsl:attribute name="data-kind" select="'date'"/></xsl:if>
      <xsl:if test="$value"><xsl:attribute name="title" select="t:label('date-value', $value)"/></xsl:if>
      <xsl:apply-templates mode="t:text"/>
    </span>
  </xsl:template>

  <!-- A line of verse. Its number (every fifth) is a span.lnum, which CSS sets in the right margin, apart
       from the paragraph numbers (a.pnum) on the left; $anchor (the line's @n) is its id, or an anchor in
       it when it has an xml:id. Its indent and, for a later part of a split line, the length of the
       earlier parts (in characters) are the CSS custom properties "indent" and "after": CSS turns them into a
       left padding, so the part starts about where the earlier parts ended. -->
  <xsl:template name="t:verse-line" as="node()*">
    <xsl:param name="number" as="xs:string"/>
    <xsl:param name="show-number" as="xs:boolean"/>
    <xsl:param name="anchor" as="xs:string?" select="()"/>
    <xsl:param name="indent" as="xs:decimal" select="0"/>
    <xsl:param name="after" as="xs:string?" select="()"/>
    <xsl:param name="content" as="node()*">
      <xsl:apply-templates mode="t:text"/>
    </xsl:param>
    <div>
      <xsl:call-template name="t:attributes"/>
      <xsl:if test="$anchor and not(@xml:id)"><xsl:attribute name="id" select="$anchor"/></xsl:if>
      <xsl:if test="$indent gt 0 or $after">
        <xsl:attribute name="style" select="string-join((('--indent: ' || $indent || 'em')[$indent gt 0],
          ('--after: ' || string-length($after))[$after]), '; ')"/>
      </xsl:if>
      <xsl:if test="$anchor and @xml:id"><span id="{$anchor}" class="anchor"/></xsl:if>
      <xsl:if test="$show-number">
        <span class="lnum ed-added" aria-label="{t:label('line', $number)}">{$number}</span>
      </xsl:if>
      <xsl:sequence select="$content"/>
    </div>
  </xsl:template>

  <!-- A picture: $url is a file next to the document that the URL policy allows (common/figures.xsl);
       without one, a placeholder with the description or the address as written (the page loads
       nothing remote and links nowhere). -->
  <xsl:template name="t:graphic" as="node()*">
    <xsl:param name="url" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <!-- the file itself (a data: image in the single page), or nothing when it cannot be shown -->
    <xsl:variable name="source" as="xs:string?" select="t:image-source(.)[$url]"/>
    <xsl:choose>
      <xsl:when test="$source">
        <img src="{$source}" alt="{$description}">
          <xsl:if test="t:is-remote-resource($url)">
            <!-- allowed by -p remote-images=true: the image host learns nothing about the page -->
            <xsl:attribute name="referrerpolicy" select="'no-referrer'"/>
            <xsl:attribute name="loading" select="'lazy'"/>
          </xsl:if>
          <xsl:call-template name="t:attributes"/>
        </img>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="('ed-added', 'image-missing')"/></xsl:call-template>
          <xsl:text>[{t:label('figure')}: {($description[.], t:clean-url(@url))[1]}]</xsl:text>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:toc-entry" as="node()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="children" as="node()*"/>
    <li>
      <a href="#{$id}">{$label}</a>
      <xsl:if test="$children"><ol><xsl:sequence select="$children"/></ol></xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
