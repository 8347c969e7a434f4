<?xml version="1.0" encoding="UTF-8"?>
<!--
  Fallbacks: an element no module knows still renders its content (nothing is dropped), marked with
  its name as a class, and is reported once per occurrence by a coded xsl:message that the Python
  side (toolkit/xslt.py) turns into a warning diagnostic with the element's line.
  Message format, one line: CODE TAB XPATH TAB MESSAGE.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <!-- Elements that only carry metadata or structure and render their content without a remark. -->
  <xsl:template match="TEI | teiCorpus" mode="t:text" as="node()*">
    <xsl:apply-templates select="text" mode="t:text"/>
  </xsl:template>

  <xsl:template match="*" mode="t:text" priority="-10" as="node()*">
    <xsl:call-template name="t:report">
      <xsl:with-param name="code" select="'tei.unknown-element'"/>
      <xsl:with-param name="message" select="'&lt;' || name() || '&gt; has no rule in the edition stylesheets; its content is shown unstyled'"/>
    </xsl:call-template>
    <xsl:call-template name="t:unknown"/>
  </xsl:template>

  <!-- Report a finding about the context node: CODE, its path (for the line number), the message. -->
  <xsl:template name="t:report" as="empty-sequence()">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:message>{$code}&#9;{path(.)}&#9;{$message}</xsl:message>
  </xsl:template>
</xsl:stylesheet>
