<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page of the web edition: one self-contained HTML5 file. The CSS and JavaScript files listed in
  $t:css-files and $t:js-files are read at transformation time and inlined, so the page works opened
  from disk, offline, and on any static server, and never asks another host for anything.
  Landmarks: banner (title block), navigation, main (text, notes, registers, about), contentinfo.
  Modes: (unnamed) for the document; t:text for the text; t:toc for the table of contents.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- Style sheets inlined into <style>, in order (the print edition adds its own). -->
  <xsl:variable name="t:css-files" as="xs:string*" select="resolve-uri('../css/edition.css', static-base-uri())"/>

  <!-- Scripts inlined at the end of <body data-label-close="{t:label('close')}"> (the print edition has none). -->
  <xsl:variable name="t:js-files" as="xs:string*" select="resolve-uri('../js/edition.js', static-base-uri())"/>

  <xsl:template match="/">
    <xsl:if test="not(TEI)">
      <xsl:message terminate="yes">tei.root&#9;/&#9;the document element is not TEI in the TEI namespace</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="TEI" mode="t:page"/>
  </xsl:template>

  <xsl:mode name="t:page" on-no-match="fail"/>

  <xsl:template match="TEI" mode="t:page">
    <xsl:variable name="title" as="xs:string" select="t:edition-title(.)"/>
    <html lang="{$t:ui}" class="no-js">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="generator" content="{$generator}"/>
        <xsl:for-each select="(t:edition-subtitle(.), t:source-citation(.))[1]">
          <meta name="description" content="{.}"/>
        </xsl:for-each>
        <title>{$title}</title>
        <xsl:for-each select="$t:css-files">
          <style>{unparsed-text(.)}</style>
        </xsl:for-each>
        <xsl:if test="exists($t:js-files)">
          <script>document.documentElement.className = 'js';</script>
        </xsl:if>
        <xsl:call-template name="t:head-links"/>
      </head>
      <body>
        <a class="skip-link" href="#text">{t:label('skip')}</a>
        <xsl:call-template name="t:page-banner"/>
        <xsl:call-template name="t:title-block"/>
        <xsl:call-template name="t:site-nav"/>
        <main id="main">
          <xsl:call-template name="t:part-attributes"><xsl:with-param name="part" select="'main'"/></xsl:call-template>
          <xsl:call-template name="t:toolbar"/>
          <xsl:call-template name="t:text"/>
          <xsl:call-template name="t:apparatus"/>
          <xsl:call-template name="t:notes"/>
          <xsl:call-template name="t:back-index"/>
          <xsl:if test="$show-registers"><xsl:call-template name="t:registers"/></xsl:if>
          <xsl:call-template name="t:about"/>
        </main>
        <footer class="site-footer">
          <p>{t:label('generated', $generator)}</p>
        </footer>
        <xsl:for-each select="$t:js-files">
          <script>{unparsed-text(.)}</script>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>

  <!-- Hooks for pages that belong to more than themselves (the edition site, xslt/site.xsl): links in
       the head (the TEI source), and a banner above the title block (the edition, previous, next).
       A single page has neither. -->
  <xsl:template name="t:head-links" as="element()*"/>
  <xsl:template name="t:page-banner" as="element()*"/>

  <!-- Attributes a site gives a part of the page ("main", "registers", "about"): what its search
       indexes. A single page gives none. -->
  <xsl:template name="t:part-attributes" as="attribute()*">
    <xsl:param name="part" as="xs:string"/>
  </xsl:template>

  <!-- The navigation between the parts of the page. -->
  <xsl:template name="t:site-nav" as="element()">
    <nav class="site-nav" aria-label="{t:label('contents')}">
      <ul>
        <li><a href="#text">{t:label('text')}</a></li>
        <xsl:if test="exists(t:app-entries(.))"><li><a href="#apparatus">{t:label('apparatus')}</a></li></xsl:if>
        <xsl:if test="text//note"><li><a href="#notes">{t:label('notes')}</a></li></xsl:if>
        <xsl:if test="$show-registers and exists(t:register-kinds(.))"><li><a href="#registers">{t:label('registers')}</a></li></xsl:if>
        <li><a href="#about">{t:label('about')}</a></li>
      </ul>
    </nav>
  </xsl:template>

  <!-- The kinds of mention the text has, each with a switch for its highlighting. Plain checkboxes:
       CSS (:has) does the highlighting, so the switches work without the script too. -->
  <xsl:template name="t:toolbar" as="element()?">
    <xsl:variable name="mentions" as="element()*" select="text//*[t:is-mention(.) or self::date]"/>
    <xsl:variable name="kinds" as="xs:string*" select="($t:kinds, 'date')[. = $mentions/(if (self::date) then 'date' else t:kind(.))]"/>
    <!-- and the switch between the normalised and the diplomatic reading (html/transcription.xsl) -->
    <xsl:variable name="reading-switch" as="element()?"><xsl:call-template name="t:reading-switch"/></xsl:variable>
    <xsl:if test="exists($kinds) or exists($reading-switch)">
      <div class="toolbar">
        <xsl:if test="exists($kinds)">
          <xsl:attribute name="role" select="'group'"/>
          <xsl:attribute name="aria-labelledby" select="'toolbar-label'"/>
          <span class="toolbar-label" id="toolbar-label">{t:label('highlight')}</span>
        </xsl:if>
        <xsl:for-each select="$kinds">
          <xsl:variable name="kind" as="xs:string" select="."/>
          <xsl:variable name="n" as="xs:integer" select="count($mentions[(if (self::date) then 'date' else t:kind(.)) eq $kind])"/>
          <label class="toggle kind-{$kind}">
            <input type="checkbox" id="hl-{$kind}" data-kind="{$kind}" checked="checked"/>
            <span class="swatch" aria-hidden="true"/>
            <span class="toggle-name">{t:label($kind)}</span>
            <span class="count">{$n}</span>
          </label>
        </xsl:for-each>
        <xsl:sequence select="$reading-switch"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The text: a table of contents when it has several headed divisions, then front, body, back. -->
  <xsl:template name="t:text" as="element()">
    <xsl:variable name="headed" as="element()*" select="text//*[t:is-division(.)][head]"/>
    <article id="text" class="edition-text" aria-label="{t:label('text')}">
      <xsl:for-each select="(text/@xml:lang, @xml:lang)[1]"><xsl:attribute name="lang" select="."/></xsl:for-each>
      <xsl:if test="count($headed) gt 1">
        <nav class="toc ed-added" aria-labelledby="toc-h">
          <h2 id="toc-h">{t:label('contents')}</h2>
          <ol><xsl:apply-templates select="text/(front, body, back)/* | text//group/text/(front, body, back)/*" mode="t:toc"/></ol>
        </nav>
      </xsl:if>
      <xsl:if test="empty(text//head[parent::*[t:is-division(.)]])">
        <h2 class="visually-hidden ed-added">{t:label('text')}</h2>
      </xsl:if>
      <xsl:apply-templates select="text" mode="t:text"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
