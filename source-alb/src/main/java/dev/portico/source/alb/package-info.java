/**
 * Application Load Balancer support: {@link dev.portico.source.alb.AlbSource} decodes ALB events and
 * encodes responses in the mode (single- or multi-value headers) the target group uses.
 */
package dev.portico.source.alb;
