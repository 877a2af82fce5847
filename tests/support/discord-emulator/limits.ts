/**
 * Payload limits Discord enforces, checked the way Discord reports them: a list of issues that becomes
 * a 400 `{ code: 50035, message: 'Invalid Form Body', errors: { <path>: { _errors: [...] } } }`.
 *
 * Lengths count Unicode code points, as Discord does (a UTF-16 `.length` check in a bot is therefore
 * always at least as strict).
 */
import { MessageFlag } from './types.js';
import type { JsonObject } from './types.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputValue: 4000,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  commandChoices: 25,
  chatInputCommands: 100,
  contextMenuCommands: 15,
} as const;

export type IssuePath = (string | number)[];

export interface Issue {
  path: IssuePath;
  code: string;
  message: string;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export function textLength(value: string): number {
  return [...value].length;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export class Issues {
  readonly list: Issue[] = [];

  get empty(): boolean {
    return this.list.length === 0;
  }

  add(path: IssuePath, code: string, message: string): void {
    this.list.push({ path, code, message });
  }

  /** Optional string field with a maximum length. */
  maxLength(path: IssuePath, value: unknown, max: number): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
    else if (textLength(value) > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }

  /** String field whose length must be within [min, max]; `required` also rejects a missing value. */
  lengthBetween(path: IssuePath, value: unknown, min: number, max: number, required = true): void {
    if (value === undefined || value === null) {
      if (required) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return;
    }
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return;
    }
    const length = textLength(value);
    if (length < min || length > max) {
      this.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
    }
  }

  maxItems(path: IssuePath, value: unknown, max: number): void {
    if (Array.isArray(value) && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  /** Discord's nested `errors` object: `{ data: { content: { _errors: [{ code, message }] } } }`. */
  toErrors(): JsonObject {
    const root: JsonObject = {};
    for (const issue of this.list) {
      let node = root;
      for (const segment of issue.path) {
        const key = String(segment);
        if (!isObject(node[key])) node[key] = {};
        node = node[key] as JsonObject;
      }
      const errors = Array.isArray(node._errors) ? (node._errors as unknown[]) : [];
      errors.push({ code: issue.code, message: issue.message });
      node._errors = errors;
    }
    return root;
  }
}

/** Discord's "Cannot send an empty message" (50006) check for new messages. */
export function isEmptyMessage(body: JsonObject, fileCount: number): boolean {
  const hasContent = typeof body.content === 'string' && body.content.trim().length > 0;
  const nonEmpty = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
  return (
    !hasContent &&
    !nonEmpty(body.embeds) &&
    !nonEmpty(body.components) &&
    !nonEmpty(body.sticker_ids) &&
    !nonEmpty(body.attachments) &&
    body.poll === undefined &&
    fileCount === 0
  );
}

/** Content, embeds and components of a message create/edit payload. */
export function validateMessage(body: JsonObject, path: IssuePath, issues: Issues): void {
  issues.maxLength([...path, 'content'], body.content, DISCORD_LIMITS.content);
  validateEmbeds(body.embeds, [...path, 'embeds'], issues);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  // Components V2 layouts (flag 1 << 15) follow different rules; only classic action rows are checked.
  if ((flags & MessageFlag.IsComponentsV2) === 0) validateComponents(body.components, [...path, 'components'], issues);
}

function validateEmbeds(embeds: unknown, path: IssuePath, issues: Issues): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    issues.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  issues.maxItems(path, embeds, DISCORD_LIMITS.embeds);
  let total = 0;
  const count = (value: unknown): void => {
    if (typeof value === 'string') total += textLength(value);
  };
  embeds.forEach((embed, index) => {
    const at = [...path, index];
    if (!isObject(embed)) {
      issues.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    issues.maxLength([...at, 'title'], embed.title, DISCORD_LIMITS.embedTitle);
    issues.maxLength([...at, 'description'], embed.description, DISCORD_LIMITS.embedDescription);
    count(embed.title);
    count(embed.description);
    if (embed.footer !== undefined && embed.footer !== null) {
      const footer = isObject(embed.footer) ? embed.footer : {};
      issues.lengthBetween([...at, 'footer', 'text'], footer.text, 1, DISCORD_LIMITS.embedFooterText);
      count(footer.text);
    }
    if (embed.author !== undefined && embed.author !== null) {
      const author = isObject(embed.author) ? embed.author : {};
      issues.lengthBetween([...at, 'author', 'name'], author.name, 1, DISCORD_LIMITS.embedAuthorName);
      count(author.name);
    }
    issues.maxItems([...at, 'fields'], embed.fields, DISCORD_LIMITS.embedFields);
    list(embed.fields).forEach((field, fieldIndex) => {
      const fieldPath = [...at, 'fields', fieldIndex];
      const value = isObject(field) ? field : {};
      issues.lengthBetween([...fieldPath, 'name'], value.name, 1, DISCORD_LIMITS.embedFieldName);
      issues.lengthBetween([...fieldPath, 'value'], value.value, 1, DISCORD_LIMITS.embedFieldValue);
      count(value.name);
      count(value.value);
    });
  });
  if (total > DISCORD_LIMITS.embedTotal) {
    issues.add(path, 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${DISCORD_LIMITS.embedTotal}`);
  }
}

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function validateComponents(components: unknown, path: IssuePath, issues: Issues): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    issues.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  issues.maxItems(path, components, DISCORD_LIMITS.actionRows);
  const customIds = new Set<string>();
  components.forEach((row, rowIndex) => {
    const rowPath = [...path, rowIndex];
    if (!isObject(row) || row.type !== 1) {
      issues.add([...rowPath, 'type'], 'UNION_TYPE_CHOICES', 'Top-level components must be action rows (type 1)');
      return;
    }
    const children = list(row.components);
    const selects = children.filter((child) => isObject(child) && SELECT_TYPES.has(Number(child.type)));
    if (children.length === 0) issues.add([...rowPath, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    if (selects.length > 0 && children.length > 1) {
      issues.add([...rowPath, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'A select menu must be alone in its action row');
    }
    issues.maxItems([...rowPath, 'components'], children, DISCORD_LIMITS.buttonsPerRow);
    children.forEach((child, childIndex) => {
      const childPath = [...rowPath, 'components', childIndex];
      if (!isObject(child)) return;
      const customId = child.custom_id;
      if (typeof customId === 'string') {
        if (customIds.has(customId)) issues.add([...childPath, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
        customIds.add(customId);
      }
      if (child.type === 2) validateButton(child, childPath, issues);
      else if (SELECT_TYPES.has(Number(child.type))) validateSelect(child, childPath, issues);
      else issues.add([...childPath, 'type'], 'UNION_TYPE_CHOICES', 'Action rows in messages may hold buttons or one select menu');
    });
  });
}

function validateButton(button: JsonObject, path: IssuePath, issues: Issues): void {
  const style = Number(button.style);
  if (!(style >= 1 && style <= 6)) issues.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
  issues.maxLength([...path, 'label'], button.label, DISCORD_LIMITS.buttonLabel);
  if (style === 5) {
    if (typeof button.url !== 'string') issues.add([...path, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (style !== 6) {
    issues.lengthBetween([...path, 'custom_id'], button.custom_id, 1, DISCORD_LIMITS.customId);
  }
}

function validateSelect(select: JsonObject, path: IssuePath, issues: Issues): void {
  issues.lengthBetween([...path, 'custom_id'], select.custom_id, 1, DISCORD_LIMITS.customId);
  issues.maxLength([...path, 'placeholder'], select.placeholder, DISCORD_LIMITS.selectPlaceholder);
  if (select.type !== 3) return;
  const options = list(select.options);
  if (options.length < 1 || options.length > DISCORD_LIMITS.selectOptions) {
    issues.add([...path, 'options'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${DISCORD_LIMITS.selectOptions} in length.`);
  }
  options.forEach((option, index) => {
    const value = isObject(option) ? option : {};
    issues.lengthBetween([...path, 'options', index, 'label'], value.label, 1, DISCORD_LIMITS.selectOptionText);
    issues.lengthBetween([...path, 'options', index, 'value'], value.value, 1, DISCORD_LIMITS.selectOptionText);
    issues.maxLength([...path, 'options', index, 'description'], value.description, DISCORD_LIMITS.selectOptionText);
  });
}

/** `data` of an autocomplete result (callback type 8). */
export function validateAutocomplete(data: unknown, path: IssuePath, issues: Issues): void {
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) {
    issues.add([...path, 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  issues.maxItems([...path, 'choices'], choices, DISCORD_LIMITS.autocompleteChoices);
  choices.forEach((choice, index) => validateChoice(choice, [...path, 'choices', index], issues));
}

function validateChoice(choice: unknown, path: IssuePath, issues: Issues): void {
  const value = isObject(choice) ? choice : {};
  issues.lengthBetween([...path, 'name'], value.name, 1, DISCORD_LIMITS.choiceName);
  if (typeof value.value === 'string') issues.lengthBetween([...path, 'value'], value.value, 1, DISCORD_LIMITS.choiceValue);
  else if (typeof value.value !== 'number') issues.add([...path, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
}

/** `data` of a modal (callback type 9). */
export function validateModal(data: unknown, path: IssuePath, issues: Issues): void {
  const modal = isObject(data) ? data : {};
  issues.lengthBetween([...path, 'custom_id'], modal.custom_id, 1, DISCORD_LIMITS.customId);
  issues.lengthBetween([...path, 'title'], modal.title, 1, DISCORD_LIMITS.modalTitle);
  const components = list(modal.components);
  if (components.length < 1 || components.length > DISCORD_LIMITS.modalComponents) {
    issues.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${DISCORD_LIMITS.modalComponents} in length.`);
  }
  components.forEach((component, index) => {
    const at = [...path, 'components', index];
    const value = isObject(component) ? component : {};
    // Classic layout: an action row holding one text input. Newer layout: a label (18) wrapping one component.
    const inner = value.type === 1 ? list(value.components)[0] : value.type === 18 ? value.component : undefined;
    if (!isObject(inner)) return;
    if (inner.type !== 4) return;
    issues.lengthBetween([...at, 'custom_id'], inner.custom_id, 1, DISCORD_LIMITS.customId);
    if (value.type === 1) issues.lengthBetween([...at, 'label'], inner.label, 1, DISCORD_LIMITS.textInputLabel);
    issues.maxLength([...at, 'value'], inner.value, DISCORD_LIMITS.textInputValue);
  });
}

/** A bulk overwrite (`PUT .../commands`) body. */
export function validateCommandList(commands: unknown, issues: Issues): void {
  if (!Array.isArray(commands)) {
    issues.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  const seen = new Set<string>();
  const perType = new Map<number, number>();
  commands.forEach((command, index) => {
    validateCommand(command, [index], issues);
    if (!isObject(command)) return;
    const type = typeof command.type === 'number' ? command.type : 1;
    perType.set(type, (perType.get(type) ?? 0) + 1);
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) issues.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', `Application command names must be unique`);
    seen.add(key);
  });
  if ((perType.get(1) ?? 0) > DISCORD_LIMITS.chatInputCommands) {
    issues.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${DISCORD_LIMITS.chatInputCommands} or fewer in length.`);
  }
  for (const type of [2, 3]) {
    if ((perType.get(type) ?? 0) > DISCORD_LIMITS.contextMenuCommands) {
      issues.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${DISCORD_LIMITS.contextMenuCommands} or fewer in length.`);
    }
  }
}

/** One application command create/edit body (`partial` for PATCH, where every field is optional). */
export function validateCommand(command: unknown, path: IssuePath, issues: Issues, partial = false): void {
  if (!isObject(command)) {
    issues.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const type = typeof command.type === 'number' ? command.type : 1;
  if (![1, 2, 3, 4].includes(type)) issues.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
  if (!partial || command.name !== undefined) {
    if (type === 1) validateChatInputName([...path, 'name'], command.name, issues);
    else issues.lengthBetween([...path, 'name'], command.name, 1, DISCORD_LIMITS.commandName);
  }
  if (type === 1 && (!partial || command.description !== undefined)) {
    issues.lengthBetween([...path, 'description'], command.description, 1, DISCORD_LIMITS.commandDescription);
  } else if (type !== 1 && typeof command.description === 'string' && command.description !== '') {
    issues.add([...path, 'description'], 'APPLICATION_COMMAND_DESCRIPTION_INVALID', 'Context menu commands cannot have a description');
  }
  if (command.options !== undefined && command.options !== null) {
    if (type !== 1) issues.add([...path, 'options'], 'APPLICATION_COMMAND_OPTIONS_INVALID', 'Only chat input commands may have options');
    else validateOptions(command.options, [...path, 'options'], issues, 0);
  }
}

function validateChatInputName(path: IssuePath, name: unknown, issues: Issues): void {
  if (typeof name !== 'string') {
    issues.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
  } else if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
    issues.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

/** depth 0: command level, 1: inside a subcommand group, 2: inside a subcommand. */
function validateOptions(options: unknown, path: IssuePath, issues: Issues, depth: number): void {
  if (!Array.isArray(options)) {
    issues.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  issues.maxItems(path, options, DISCORD_LIMITS.commandOptions);
  const names = new Set<string>();
  let sawOptional = false;
  const kinds = new Set<string>();
  options.forEach((option, index) => {
    const at = [...path, index];
    if (!isObject(option)) {
      issues.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = Number(option.type);
    if (!(type >= 1 && type <= 11)) issues.add([...at, 'type'], 'BASE_TYPE_CHOICES', 'Value must be between 1 and 11.');
    validateChatInputName([...at, 'name'], option.name, issues);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) issues.add([...at, 'name'], 'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME', 'Option names must be unique');
      names.add(option.name);
    }
    issues.lengthBetween([...at, 'description'], option.description, 1, DISCORD_LIMITS.commandDescription);
    kinds.add(type === 1 || type === 2 ? 'sub' : 'value');
    if (type === 2 && depth !== 0) issues.add([...at, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommand groups may only appear at the top level');
    if (type === 1 && depth === 2) issues.add([...at, 'type'], 'APPLICATION_COMMAND_OPTION_TYPE_INVALID', 'Subcommands cannot be nested in subcommands');
    if (type === 1 || type === 2) {
      if (option.options !== undefined) validateOptions(option.options, [...at, 'options'], issues, type === 2 ? 1 : 2);
      return;
    }
    if (option.required === true && sawOptional) {
      issues.add([...at, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    if (option.choices !== undefined) {
      issues.maxItems([...at, 'choices'], option.choices, DISCORD_LIMITS.commandChoices);
      list(option.choices).forEach((choice, choiceIndex) => validateChoice(choice, [...at, 'choices', choiceIndex], issues));
      if (option.autocomplete === true && list(option.choices).length > 0) {
        issues.add([...at, 'autocomplete'], 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES', 'Autocomplete cannot be enabled on options with choices');
      }
    }
    for (const key of ['min_length', 'max_length'] as const) {
      const value = option[key];
      if (value !== undefined && (typeof value !== 'number' || value < (key === 'min_length' ? 0 : 1) || value > 6000)) {
        issues.add([...at, key], 'NUMBER_TYPE_MAX', `${key} must be between ${key === 'min_length' ? 0 : 1} and 6000.`);
      }
    }
  });
  if (kinds.size > 1) issues.add(path, 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Subcommands cannot be mixed with other option types');
}
