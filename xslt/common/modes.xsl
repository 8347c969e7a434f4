<?xml version="1.0" encoding="UTF-8"?>
<!--
  The modes of the package, declared once with an explicit on-no-match:
    (unnamed)   the document: builds the page; only the template for / lives in it.
    t:text      the running text and any prose (header paragraphs, notes, register descriptions).
                Text nodes are copied; elements without a rule reach the fallback in fallback.xsl.
    t:plain     a plain string of an element (page title, tooltips, sort keys): text only, notes dropped.
    t:register  register entries (person, place, org, event and their lists).
    t:toc       the table of contents (div with head).
  Accumulators (numbering.xsl) are applicable to the source document through the initial mode.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:t="urn:teikit" exclude-result-prefixes="#all">
  <xsl:mode on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:mode name="t:text" on-no-match="text-only-copy"/>
  <xsl:mode name="t:plain" on-no-match="text-only-copy"/>
  <xsl:mode name="t:register" on-no-match="shallow-skip"/>
  <xsl:mode name="t:toc" on-no-match="shallow-skip"/>
</xsl:stylesheet>
