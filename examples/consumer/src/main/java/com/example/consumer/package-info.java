/**
 * The shop function: {@link com.example.consumer.ShopApp} assembles the application,
 * {@link com.example.consumer.ApiHandler} is the Lambda entry point.
 */
package com.example.consumer;
