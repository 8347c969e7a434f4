<?xml version="1.0" encoding="UTF-8"?>
<!--
  The registers (indexes) of persons, places, organisations and events: sorted entries with life
  dates, descriptions, authority links, coordinates and a back-link to every mention, by paragraph.
  Each entry's HTML id is its xml:id, so a mention's link (#id) works without the script; the script
  shows the same entry in a popover.
  Modes: t:register; t:text for descriptions.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:registers" as="element()?">
    <xsl:variable name="tei" as="element()" select="."/>
    <xsl:variable name="kinds" as="xs:string*" select="t:register-kinds(.)"/>
    <xsl:if test="exists($kinds)">
      <section id="registers" class="registers" aria-labelledby="registers-h" role="doc-index">
        <xsl:call-template name="t:part-attributes"><xsl:with-param name="part" select="'registers'"/></xsl:call-template>
        <h2 id="registers-h">{t:label('registers')}</h2>
        <ul class="register-nav">
          <xsl:for-each select="$kinds">
            <li><a href="#register-{.}" class="kind-{.}">{t:label(.)}</a></li>
          </xsl:for-each>
        </ul>
        <xsl:for-each select="$kinds">
          <xsl:variable name="kind" as="xs:string" select="."/>
          <section id="register-{$kind}" class="register register-{$kind}" aria-labelledby="register-{$kind}-h">
            <h3 id="register-{$kind}-h">{t:label($kind)}</h3>
            <xsl:if test="$kind eq 'place'"><xsl:call-template name="t:map"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:if>
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
    <li data-kind="{$kind}" data-kind-label="{t:label($kind || '-1')}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="t:html-id(.)"/></xsl:if>
      <xsl:attribute name="class" select="'entry tei-' || local-name() || ' kind-' || $kind
        || string-join(tokenize(@role) ! (' role-' || t:token(.)))"/>
      <!-- a heading in the registers; in a list of the body or inside another entry, a line -->
      <xsl:element name="{if (ancestor::body or ancestor::*[t:is-entry(.)]) then 'p' else 'h4'}">
        <xsl:attribute name="class" select="'entry-name'"/>{t:entry-name(.)}</xsl:element>
      <xsl:call-template name="t:entry-facts"/>
      <xsl:if test="exists(t:entry-parts(.))">
        <ul class="entries entry-parts"><xsl:apply-templates select="t:entry-parts(.)" mode="t:register"/></ul>
      </xsl:if>
      <xsl:if test="@xml:id">
        <xsl:call-template name="t:backlinks">
          <xsl:with-param name="mentions" select="t:mentions-of(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="t:entity-page(.)">
        <p class="entry-page"><a href="{.}">{t:label('entity-page')}</a></p>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- A list of entries where the body has it (namesdates.xsl): its heading, then its entries as the
       registers show them, in the encoder's order. -->
  <xsl:template name="t:entry-list" as="element()">
    <div class="entry-list tei-{local-name()}">
      <xsl:apply-templates select="head" mode="t:text"/>
      <ul class="entries"><xsl:apply-templates select="*[t:is-entry(.)]" mode="t:register"/></ul>
      <xsl:apply-templates select="* except (head, *[t:is-entry(.)])" mode="t:text"/>
    </div>
  </xsl:template>

  <!-- The address of an entry's own page, where a site has one (xslt/site/page.xsl); a single page
       has none. -->
  <xsl:function name="t:entity-page" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="()"/>
  </xsl:function>

  <!-- What the register says of an entry (the context item): life dates, other names, roles,
       description, coordinates and authority links. -->
  <xsl:template name="t:entry-facts" as="element()*">
    <xsl:variable name="dates" as="xs:string?" select="t:entry-dates(.)"/>
    <xsl:variable name="others" as="xs:string*" select="t:entry-other-names(.)"/>
    <xsl:variable name="links" as="element(idno)*" select="idno[exists(t:authority-url(.))]"/>
    <xsl:variable name="coordinates" as="xs:double*" select="t:coordinates(.)"/>
    <xsl:if test="$dates or exists($others) or @role">
      <p class="entry-facts">
        <xsl:if test="$dates"><span class="entry-dates">{$dates}</span></xsl:if>
        <xsl:if test="exists($others)"><span class="entry-other-names">{string-join($others, '; ')}</span></xsl:if>
        <xsl:for-each select="tokenize(@role)"><span class="entry-role">{.}</span></xsl:for-each>
      </p>
    </xsl:if>
    <xsl:for-each select="t:entry-description(.)">
      <p class="entry-description">
        <xsl:for-each select="@xml:lang"><xsl:attribute name="lang" select="."/></xsl:for-each>
        <xsl:apply-templates mode="t:text"/>
      </p>
    </xsl:for-each>
    <xsl:if test="exists($coordinates)">
      <p class="entry-coordinates"><span class="label">{t:label('coordinates')}: </span>{t:format-coordinates($coordinates)}</p>
    </xsl:if>
    <xsl:if test="exists($links)">
      <ul class="entry-links">
        <xsl:for-each select="$links">
          <li><a href="{t:authority-url(.)}" rel="external">{t:authority-label(.)}</a></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- "Mentioned in ¶1, ¶3 (2), n. 2": one link per mention; further mentions in the same paragraph
       are counted "(2)", "(3)" after the paragraph's first. -->
  <xsl:template name="t:backlinks" as="element()">
    <xsl:param name="mentions" as="element()*"/>
    <p class="entry-mentions">
      <xsl:choose>
        <xsl:when test="empty($mentions)">{t:label('no-mentions')}</xsl:when>
        <xsl:otherwise>
          <span class="label">{t:label('mentioned-in')} </span>
          <xsl:for-each-group select="$mentions" group-adjacent="t:locator(.)">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:variable name="where" as="xs:string" select="current-grouping-key()"/>
            <xsl:for-each select="current-group()">
              <xsl:variable name="number" as="xs:integer" select="accumulator-before('t:mention')"/>
              <xsl:choose>
                <xsl:when test="position() eq 1">
                  <a class="backlink" href="#m{$number}" data-mention="m{$number}">{$where}</a>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:text> </xsl:text>
                  <a class="backlink again" href="#m{$number}" data-mention="m{$number}"
                    aria-label="{$where}, {t:label('mention-again', string(position()))}">({position()})</a>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:for-each-group>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>
</xsl:stylesheet>
