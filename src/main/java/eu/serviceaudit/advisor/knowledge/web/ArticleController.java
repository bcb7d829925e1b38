package eu.serviceaudit.advisor.knowledge.web;

import java.util.Arrays;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.serviceaudit.advisor.system.Language;
import eu.serviceaudit.advisor.knowledge.CurrentKnowledgeBase;
import eu.serviceaudit.advisor.knowledge.KnowledgeBase;
import eu.serviceaudit.advisor.system.InvalidRequestException;
import eu.serviceaudit.advisor.system.web.NotFoundException;

/** {@code GET /api/kb/articles/{id}?lang=et}: the whole article in one language (English when lang is absent). */
@Tag(name = "Knowledge base")
@RestController
class ArticleController {

	private final CurrentKnowledgeBase knowledgeBase;

	ArticleController(CurrentKnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	@Operation(summary = "Read an article",
			description = "Roles: ADMIN, CONSULTANT, MANAGER, TRAINER. The whole article in lang= (English by default).")
	@GetMapping("/api/kb/articles/{id}")
	ArticleView article(@PathVariable String id, @RequestParam(required = false) String lang) {
		Language language = language(lang);
		KnowledgeBase current = knowledgeBase.get();
		return current.find(id)
			.map(article -> ArticleView.of(article, language, current))
			.orElseThrow(() -> new NotFoundException("There is no knowledge-base article with this id."));
	}

	private static Language language(String lang) {
		if (lang == null || lang.isBlank()) {
			return Language.DEFAULT;
		}
		return Language.fromCode(lang)
			.orElseThrow(() -> new InvalidRequestException("/query/lang",
					"unknown language; expected one of " + Arrays.stream(Language.values()).map(Language::code).toList()));
	}

}
