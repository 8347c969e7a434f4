<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcription (TEI module transcr, with choice, sic/corr, abbr/expan, orig/reg from core): what the
  source says and what the editors did to it. choice shows the edited reading (corr, expan, reg, as in
  toolkit/readingtext.py) and offers the other; deletions and additions both stay visible; gaps and
  unclear passages are marked with their reason.
  Modes: t:text.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="choice" mode="t:text" as="node()*">
    <xsl:variable name="shown" as="element()?" select="(corr, expan, reg, *)[1]"/>
    <xsl:call-template name="t:alternate">
      <xsl:with-param name="shown" select="$shown"/>
      <xsl:with-param name="others" select="* except $shown"/>
      <xsl:with-param name="label" select="
        if ($shown/self::corr and sic) then t:label('corrected-from')
        else if ($shown/self::expan) then t:label('expanded-from')
        else if ($shown/self::reg) then t:label('regularised-from')
        else t:label('alternative')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Words directly in a choice are not TEI (a choice holds readings only): such a choice is no
       alternative, and everything in it is shown in its own order, so no word is split or lost. -->
  <xsl:template match="choice[text()[normalize-space()]]" mode="t:text" as="node()*" priority="1">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <!-- The readings inside choice render like their standalone selves (core.xsl). -->

  <xsl:template match="del | surplus" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'deletion'"/>
      <xsl:with-param name="title" select="t:label('deleted')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="role" select="'addition'"/>
      <xsl:with-param name="title" select="string-join((t:label('added'), @place), ' · ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="subst | mod | restore | damage | handShift | retrace | redo | undo | ex | am"
      mode="t:text" as="node()*">
    <xsl:call-template name="t:inline"/>
  </xsl:template>

  <xsl:template match="unclear" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="title" select="string-join((t:label('unclear'), @reason ! translate(., '_-', '  ')), ': ')"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="supplied" mode="t:text" as="node()*">
    <xsl:call-template name="t:inline">
      <xsl:with-param name="title" select="string-join((t:label('supplied'), @reason ! translate(., '_-', '  ')), ': ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A gap: an editorial mark "[…]" that says why text is missing and how much. -->
  <xsl:template match="gap | space" mode="t:text" as="node()*">
    <xsl:variable name="extent" as="xs:string?" select="
      if (@quantity) then string-join((@quantity, @unit), ' ') else @extent ! normalize-space(.)"/>
    <xsl:call-template name="t:mark">
      <xsl:with-param name="text" select="string-join(('…', string-join((@reason ! translate(., '_-', '  '), $extent)[.], ', ')[.]), ' ')"/>
      <xsl:with-param name="title" select="string-join((t:label(local-name()), @reason ! translate(., '_-', '  '), $extent, desc ! normalize-space(.)), ', ')"/>
    </xsl:call-template>
    <!-- words inside a gap (its desc, or text an unvalidated document put there) are not lost -->
    <xsl:apply-templates mode="t:text"/>
  </xsl:template>
</xsl:stylesheet>
