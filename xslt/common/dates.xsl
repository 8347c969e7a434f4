<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates: turning TEI's normalised values (@when, @from/@to, @notBefore/@notAfter; ISO 8601 years,
  year-months and days, negative years) into words in the interface language. Month names come from
  labels.xsl rather than format-date(), whose month names in Saxon HE exist only in English.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">

  <!-- One ISO value in words: "1937", "May 1937", "2 June 1937", "44 BCE"; anything else unchanged. -->
  <!-- A day of the month as the language writes it ("1er juin", "1º giugno"). -->
  <xsl:function name="t:day" as="xs:string">
    <xsl:param name="day" as="xs:integer"/>
    <xsl:sequence select="if ($day eq 1) then t:label('first-day') else string($day)"/>
  </xsl:function>

  <xsl:function name="t:format-iso" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="v" as="xs:string" select="normalize-space($value)"/>
    <xsl:variable name="months" as="xs:string*" select="tokenize(t:label('months'))"/>
    <xsl:analyze-string select="$v" regex="^(-?)(\d{{4,}})(-(\d\d))?(-(\d\d))?$">
      <xsl:matching-substring>
        <xsl:variable name="y" as="xs:string" select="string(xs:integer(regex-group(2)))"/>
        <xsl:variable name="year" as="xs:string" select="if (regex-group(1)) then t:label('bce', $y) else $y"/>
        <xsl:variable name="month" as="xs:string?" select="regex-group(4)[.] ! $months[position() eq xs:integer(regex-group(4))]"/>
        <xsl:variable name="day" as="xs:string?" select="regex-group(6)[.] ! t:day(xs:integer(.))"/>
        <xsl:sequence select="if ($day and $month) then t:label('day-month-year', ($day, $month, $year))
          else if ($month) then t:label('month-year', ($month, $year)) else $year"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:analyze-string select="." regex="^--(\d\d)-(\d\d)$">
          <xsl:matching-substring>
            <xsl:sequence select="t:label('day-month', (t:day(xs:integer(regex-group(2))),
              $months[position() eq xs:integer(regex-group(1))]))"/>
          </xsl:matching-substring>
          <xsl:non-matching-substring>
            <xsl:sequence select="."/>
          </xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- The normalised value of a dated element in words: @when, a range @from–@to, or the bounds
       @notBefore/@notAfter; empty when the element carries none of them. -->
  <xsl:function name="t:date-value" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="when" as="attribute()?" select="($e/@when, $e/@when-iso)[1]"/>
    <xsl:variable name="from" as="attribute()?" select="($e/@from, $e/@from-iso)[1]"/>
    <xsl:variable name="to" as="attribute()?" select="($e/@to, $e/@to-iso)[1]"/>
    <xsl:variable name="nb" as="attribute()?" select="($e/@notBefore, $e/@notBefore-iso)[1]"/>
    <xsl:variable name="na" as="attribute()?" select="($e/@notAfter, $e/@notAfter-iso)[1]"/>
    <xsl:sequence select="
      if ($when) then t:format-iso($when)
      else if ($from and $to) then t:range(t:format-iso($from), t:format-iso($to))
      else if ($from) then t:format-iso($from) || ' –'
      else if ($to) then '– ' || t:format-iso($to)
      else if ($nb and $na) then t:label('between', (t:format-iso($nb), t:format-iso($na)))
      else if ($nb) then t:label('not-before', t:format-iso($nb))
      else if ($na) then t:label('not-after', t:format-iso($na))
      else ()"/>
  </xsl:function>

  <!-- "1936–1938", but "2 June – 5 July 1937" with spaces once either side has spaces. -->
  <xsl:function name="t:range" as="xs:string">
    <xsl:param name="a" as="xs:string"/>
    <xsl:param name="b" as="xs:string"/>
    <xsl:sequence select="if (contains($a, ' ') or contains($b, ' ')) then $a || ' – ' || $b else $a || '–' || $b"/>
  </xsl:function>

  <!-- The year of a normalised value, for sorting events and places in time ("" when none). -->
  <xsl:function name="t:sort-date" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="string(($e/@when, $e/@from, $e/@notBefore, $e/@to, $e/@notAfter, $e/@when-iso)[1])"/>
  </xsl:function>
</xsl:stylesheet>
