<?xml version="1.0" encoding="UTF-8"?>
<!--
  A small map of the places register: the places with coordinates plotted on a graticule, as inline
  SVG (equirectangular, longitudes scaled by the cosine of the middle latitude). No base map and no
  tiles: the page requests nothing from the network. Each point links to its register entry.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:teikit" xmlns:math="http://www.w3.org/2005/xpath-functions/math"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="t:map" as="element()?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="places" as="element()*" select="t:entries($tei, 'place')[exists(t:coordinates(.))]"/>
    <xsl:if test="exists($places)">
      <xsl:variable name="lats" as="xs:double+" select="$places ! t:coordinates(.)[1]"/>
      <xsl:variable name="lons" as="xs:double+" select="$places ! t:coordinates(.)[2]"/>
      <xsl:variable name="pad" as="xs:double" select="max((1.0, (max($lats) - min($lats)) * 0.15, (max($lons) - min($lons)) * 0.1))"/>
      <xsl:variable name="south" as="xs:double" select="max((-85, min($lats) - $pad))"/>
      <xsl:variable name="north" as="xs:double" select="min((85, max($lats) + $pad))"/>
      <xsl:variable name="west" as="xs:double" select="min($lons) - $pad * 2"/>
      <xsl:variable name="east" as="xs:double" select="max($lons) + $pad * 2"/>
      <xsl:variable name="k" as="xs:double" select="math:cos(($south + $north) div 2 * math:pi() div 180)"/>
      <xsl:variable name="scale" as="xs:double" select="min((640 div (($east - $west) * $k), 380 div ($north - $south)))"/>
      <xsl:variable name="width" as="xs:double" select="round(($east - $west) * $k * $scale)"/>
      <xsl:variable name="height" as="xs:double" select="round(($north - $south) * $scale)"/>
      <xsl:variable name="span" as="xs:double" select="max(($north - $south, $east - $west))"/>
      <xsl:variable name="step" as="xs:double" select="((1, 2, 5, 10, 15, 30, 45)[$span div . le 8], 45)[1]"/>
      <figure class="map">
        <svg viewBox="0 0 {$width} {$height}" width="{$width}" height="{$height}" role="group"
             aria-labelledby="map-caption" class="map-svg">
          <rect class="map-sea" x="0" y="0" width="{$width}" height="{$height}"/>
          <g class="graticule" aria-hidden="true">
            <xsl:for-each select="xs:integer(ceiling($west div $step)) to xs:integer(floor($east div $step))">
              <xsl:variable name="x" as="xs:double" select="round((. * $step - $west) * $k * $scale * 10) div 10"/>
              <line x1="{$x}" y1="0" x2="{$x}" y2="{$height}"/>
              <text x="{$x + 3}" y="{$height - 4}">{abs(. * $step)}°{if (. lt 0) then 'W' else 'E'}</text>
            </xsl:for-each>
            <xsl:for-each select="xs:integer(ceiling($south div $step)) to xs:integer(floor($north div $step))">
              <xsl:variable name="y" as="xs:double" select="round(($north - . * $step) * $scale * 10) div 10"/>
              <line x1="0" y1="{$y}" x2="{$width}" y2="{$y}"/>
              <text x="3" y="{$y - 3}">{abs(. * $step)}°{if (. lt 0) then 'S' else 'N'}</text>
            </xsl:for-each>
          </g>
          <xsl:for-each select="$places">
            <xsl:variable name="ll" as="xs:double+" select="t:coordinates(.)"/>
            <xsl:variable name="x" as="xs:double" select="round(($ll[2] - $west) * $k * $scale * 10) div 10"/>
            <xsl:variable name="y" as="xs:double" select="round(($north - $ll[1]) * $scale * 10) div 10"/>
            <xsl:variable name="left" as="xs:boolean" select="$x gt $width * 0.7"/>
            <a href="#{t:html-id(.)}" class="map-place" data-entity="{t:html-id(.)}">
              <title>{t:entry-name(.)} ({t:format-coordinates($ll)})</title>
              <circle cx="{$x}" cy="{$y}" r="5"/>
              <text x="{if ($left) then $x - 9 else $x + 9}" y="{$y + 4}" text-anchor="{if ($left) then 'end' else 'start'}">{t:entry-name(.)}</text>
            </a>
          </xsl:for-each>
        </svg>
        <figcaption id="map-caption">{t:label('map')}</figcaption>
      </figure>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
