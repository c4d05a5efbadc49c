/** The Recognise form's labels (one module, so the component stays small). */
export { default as TITLE } from '@salesforce/label/c.Recognition_Form_Title';
export { default as COLLEAGUE } from '@salesforce/label/c.Recognition_Colleague';
export { default as COLLEAGUE_PLACEHOLDER } from '@salesforce/label/c.Recognition_Colleague_Placeholder';
export { default as MESSAGE } from '@salesforce/label/c.Recognition_Message';
export { default as VALUE } from '@salesforce/label/c.Recognition_Value';
export { default as POINTS } from '@salesforce/label/c.Recognition_Points';
export { default as POINTS_HELP } from '@salesforce/label/c.Recognition_Points_Help';
export { default as PEER_NOTE } from '@salesforce/label/c.Recognition_Peer_Note';
export { default as SUBMIT } from '@salesforce/label/c.Recognition_Submit';
export { default as SENT } from '@salesforce/label/c.Recognition_Sent';
export { default as SENT_POINTS } from '@salesforce/label/c.Recognition_Sent_Points';
export { default as FAILED } from '@salesforce/label/c.Recognition_Failed';
export { default as LOAD_FAILED } from '@salesforce/label/c.Recognition_Load_Failed';
