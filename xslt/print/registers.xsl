<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registers on paper: an index of persons, places, organisations and events in which each entry
  lists the pages of its mentions. The page numbers are the renderer's: each mention of the text
  keeps the id the HTML edition gives it (m1, m2, … from common/numbering.xsl), the register links
  to it, and print.css shows the link as target-counter(attr(href url), page). One link per mention
  is written here; the PDF step (toolkit/build/pdf.py) drops the links that repeat a page already
  listed for the entry. Overrides t:registers and t:backlinks of html/registers.xsl and lays an
  entry out for print (name and pages on one line, then dates, description and authority ids).
  The web's map of places is left out: its labels collide at print size and it adds nothing that
  the coordinates in the entries do not say.
  Modes: t:register; t:text for descriptions.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:registers" as="element()?">
    <xsl:variable name="tei" as="element()" select="."/>
    <xsl:variable name="kinds" as="xs:string*" select="t:register-kinds(.)"/>
    <xsl:if test="exists($kinds)">
      <section id="registers" class="registers" lang="{$ui-lang}">
        <h2 id="registers-h">{t:label('registers')}</h2>
        <xsl:for-each select="$kinds">
          <xsl:variable name="kind" as="xs:string" select="."/>
          <section id="register-{$kind}" class="register register-{$kind}">
            <h3 id="register-{$kind}-h">{t:label($kind)}</h3>
            <ul class="entries">
              <xsl:apply-templates select="t:entries($tei, $kind)" mode="t:register"/>
            </ul>
          </section>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="person | personGrp | place | org | event" mode="t:register" as="element()">
    <xsl:variable name="kind" as="xs:string" select="t:kind(.)"/>
    <xsl:variable name="dates" as="xs:string?" select="t:entry-dates(.)"/>
    <xsl:variable name="others" as="xs:string*" select="t:entry-other-names(.)"/>
    <xsl:variable name="links" as="element(idno)*" select="idno[exists(t:authority-url(.))]"/>
    <xsl:variable name="coordinates" as="xs:double*" select="t:coordinates(.)"/>
    <li id="{t:html-id(.)}" data-kind="{$kind}">
      <xsl:attribute name="class" select="'entry tei-' || local-name() || ' kind-' || $kind
        || string-join(tokenize(@role) ! (' role-' || t:token(.)))"/>
      <p class="entry-head">
        <span class="entry-name">{t:entry-name(.)}</span>
        <xsl:call-template name="t:backlinks">
          <xsl:with-param name="mentions" select="key('t:mentions', string(@xml:id))"/>
        </xsl:call-template>
      </p>
      <xsl:if test="$dates or exists($others) or @role">
        <p class="entry-facts">
          <xsl:value-of select="string-join(($dates, $others, tokenize(@role)), '; ')"/>
        </p>
      </xsl:if>
      <xsl:for-each select="t:entry-description(.)">
        <p class="entry-description">
          <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
          <xsl:apply-templates mode="t:text"/>
        </p>
      </xsl:for-each>
      <xsl:if test="exists($coordinates) or exists($links)">
        <p class="entry-ids">
          <xsl:if test="exists($coordinates)"><span class="entry-coordinates">{t:format-coordinates($coordinates)}</span></xsl:if>
          <xsl:for-each select="$links">
            <a class="entry-id" href="{t:authority-url(.)}">{t:authority-label(.)} {
              if (matches(normalize-space(.), '^https?://')) then replace(normalize-space(.), '^.*/', '') else normalize-space(.)}</a>
          </xsl:for-each>
        </p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The pages of the mentions: one link per mention (its text is the page number, from CSS). -->
  <xsl:template name="t:backlinks" as="element()">
    <xsl:param name="mentions" as="element()*"/>
    <span class="entry-pages">
      <xsl:choose>
        <xsl:when test="empty($mentions)"><span class="no-mentions">{t:label('no-mentions')}</span></xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$mentions">
            <a class="page-ref" href="#m{accumulator-before('t:mention')}"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>
</xsl:stylesheet>
