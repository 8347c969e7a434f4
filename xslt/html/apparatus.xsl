<?xml version="1.0" encoding="UTF-8"?>
<!--
  The critical apparatus of the web edition (what an app is and what its entry says: common/textcrit.xsl).
  In the text, the lemma is a link to its entry in the Apparatus section, and the page's script opens
  the entry as a popover (xslt/js/edition.js, as for a note call); a lemma that holds links of its own
  (a mention, a note call), no words (a reading the text does not have) or whole lines is followed by
  a small mark "°" that is the link. The Apparatus section lists the witnesses and every entry: its line or
  paragraph (a link back to the lemma), "lemma Wit] reading Wit; …".
  Behaviours: t:app, t:app-piece; the section: t:apparatus (called by page.xsl).
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- An app in the text (context): its lemma, linked to its entry. -->
  <xsl:template name="t:app" as="node()*">
    <xsl:param name="lemma" as="element()?"/>
    <xsl:param name="entry" as="xs:boolean"/>
    <!-- a lemma of whole lines or paragraphs: they, without the lem's span around them -->
    <xsl:variable name="shown" as="node()*">
      <xsl:apply-templates select="if (t:is-block-reading($lemma)) then $lemma/node() else $lemma" mode="t:text"/>
    </xsl:variable>
    <xsl:variable name="block" as="xs:boolean" select="exists($shown/descendant-or-self::*[local-name() = $t:html-blocks])"/>
    <xsl:choose>
      <!-- inside a reading of another entry (or outside the text): the readings follow in brackets -->
      <xsl:when test="not($entry)">
        <xsl:element name="{if ($block) then 'div' else 'span'}">
          <xsl:call-template name="t:attributes"/>
          <xsl:sequence select="$shown"/>
          <span class="app-inline ed-added">
            <xsl:text> [</xsl:text>
            <xsl:call-template name="t:app-entry-content"><xsl:with-param name="with-lemma" select="false()"/></xsl:call-template>
            <xsl:text>]</xsl:text>
          </span>
        </xsl:element>
      </xsl:when>
      <xsl:when test="$block">
        <div>
          <xsl:call-template name="t:attributes"><xsl:with-param name="classes" select="'app-block'"/></xsl:call-template>
          <div class="app-lemma" id="{t:app-lemma-id(.)}"><xsl:sequence select="$shown"/></div>
          <div class="app-call-block ed-added"><xsl:call-template name="t:app-call"/></div>
        </div>
      </xsl:when>
      <!-- a lemma with links of its own (no link in a link), or without words: the mark is the link -->
      <xsl:when test="exists($shown/descendant-or-self::*[local-name() = ('a', 'button') or @tabindex])
          or not(normalize-space(string-join($shown)))">
        <span>
          <xsl:call-template name="t:attributes"/>
          <span class="app-lemma" id="{t:app-lemma-id(.)}"><xsl:sequence select="$shown"/></span>
          <sup class="app-call-wrap ed-added"><xsl:call-template name="t:app-call"/></sup>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="t:attributes"/>
          <a class="app-lemma" id="{t:app-lemma-id(.)}" href="#{t:app-id(.)}" data-popover="{t:app-id(.)}"
            aria-describedby="{t:app-id(.)}"><xsl:sequence select="$shown"/></a>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:app-call" as="element()">
    <a class="app-call" href="#{t:app-id(.)}" data-popover="{t:app-id(.)}"
      aria-label="{t:label('apparatus-entry', t:app-locator-long(.))}">°</a>
  </xsl:template>

  <!-- The parts of an entry, each with a class (and, for readings, the TEI attributes as data-*). -->
  <xsl:template name="t:app-piece" as="node()*">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:choose>
      <xsl:when test="$kind eq 'siglum'">
        <abbr class="siglum ed-added">
          <xsl:if test="normalize-space($title)"><xsl:attribute name="title" select="$title"/></xsl:if>
          <xsl:sequence select="$content"/>
        </abbr>
      </xsl:when>
      <xsl:when test="$kind eq 'label'"><em class="app-label"><xsl:sequence select="$content"/></em></xsl:when>
      <xsl:when test="$kind = ('reading', 'group', 'detail')">
        <span>
          <xsl:call-template name="t:attributes">
            <xsl:with-param name="classes" select="'app-' || $kind"/>
            <xsl:with-param name="with-id" select="false()"/>
          </xsl:call-template>
          <xsl:sequence select="$content"/>
        </span>
      </xsl:when>
      <xsl:otherwise><span class="app-{$kind}"><xsl:sequence select="$content"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The Apparatus section (context: TEI): the witnesses of the source description, then the entries. -->
  <xsl:template name="t:apparatus" as="element()?">
    <xsl:variable name="entries" as="element(app)*" select="t:app-entries(.)"/>
    <xsl:variable name="witnesses" as="element(witness)*" select="(teiHeader | standOff)//listWit//witness[@xml:id]"/>
    <xsl:if test="exists($entries)">
      <section id="apparatus" class="apparatus" aria-labelledby="apparatus-h">
        <h2 id="apparatus-h">{t:label('apparatus')}</h2>
        <xsl:if test="exists($witnesses)">
          <h3 id="apparatus-witnesses">{t:label('witnesses')}</h3>
          <dl class="witness-list">
            <xsl:for-each select="$witnesses">
              <dt><abbr class="siglum">{t:siglum(@xml:id, .)}</abbr></dt>
              <dd>{t:witness-description(@xml:id, .)}</dd>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <ol class="app-list">
          <xsl:for-each select="$entries">
            <li id="{t:app-id(.)}" class="app-entry">
              <a class="app-loc" href="#{t:app-lemma-id(.)}" role="doc-backlink"
                aria-label="{t:label('back-to-text')} ({t:app-locator-long(.)})">{t:app-locator(.)}</a>
              <xsl:text> </xsl:text>
              <span class="app-text"><xsl:call-template name="t:app-entry-content"/></span>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
